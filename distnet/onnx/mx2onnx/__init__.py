"""``mx.onnx.mx2onnx``: MXNet-to-ONNX export."""
from ._export_model import export_model, get_operator_support  # noqa: F401
