"""``mx.contrib.onnx.onnx2mx``: ONNX import."""
from . import import_model, import_onnx, import_to_gluon  # noqa: F401
