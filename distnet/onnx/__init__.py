"""``mx.onnx``: ONNX export. It needs the ``onnx`` package, and distnet has no ONNX converter."""
from .mx2onnx import export_model, get_operator_support  # noqa: F401
