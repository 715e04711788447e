"""``mx.contrib.onnx``: the older ONNX import/export entry points; not available in distnet."""
from ..onnx import _unavailable


def export_model(*args, **kwargs):
    """Export a model to ONNX: not available."""
    raise _unavailable("mx.contrib.onnx.export_model")


def import_model(*args, **kwargs):
    """Import an ONNX model as a symbol and parameters: not available."""
    raise _unavailable("mx.contrib.onnx.import_model")


def get_model_metadata(*args, **kwargs):
    """The input and output descriptions of an ONNX model: not available."""
    raise _unavailable("mx.contrib.onnx.get_model_metadata")


def import_to_gluon(*args, **kwargs):
    """Import an ONNX model as a Gluon SymbolBlock: not available."""
    raise _unavailable("mx.contrib.onnx.import_to_gluon")
