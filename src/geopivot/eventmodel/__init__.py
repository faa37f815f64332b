"""A trained event model beside the rules: inputs, ONNX runtime, and how the two are combined."""
