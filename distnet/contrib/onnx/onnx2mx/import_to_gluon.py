"""ONNX model files to a Gluon SymbolBlock: not available without ``onnx``."""
from ....onnx.mx2onnx._export_helper import _INSTALL_HINT, _unavailable
from .import_onnx import GraphProto  # noqa: F401  (MXNet's module-level name)


def import_to_gluon(model_file, ctx):
    """Import an ONNX model as a Gluon SymbolBlock: not available."""
    raise _unavailable("mx.contrib.onnx.import_to_gluon", _INSTALL_HINT + "#installation")
