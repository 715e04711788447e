"""ONNX model files to an MXNet symbol and parameters: not available without ``onnx``."""
from ....onnx.mx2onnx._export_helper import _unavailable
from .import_onnx import GraphProto  # noqa: F401  (MXNet's module-level name)


def import_model(model_file):
    """Import an ONNX model as a symbol and parameters: not available."""
    raise _unavailable("mx.contrib.onnx.import_model")


def get_model_metadata(model_file):
    """The input and output descriptions of an ONNX model: not available."""
    raise _unavailable("mx.contrib.onnx.get_model_metadata")
