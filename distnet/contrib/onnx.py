"""``mx.contrib.onnx``: the older ONNX import/export entry points; not available in distnet.

Each prints MXNet's two-line deprecation notice before it fails.
"""
from ..onnx import _INSTALL_HINT, _unavailable
from ..onnx import export_model as export_model_  # noqa: F401  (MXNet's name for mx.onnx's)

_IMPORT_DEPRECATION = ("Please be advised that importing ONNX models into MXNet is going to be deprecated in the "
                       "upcoming MXNet v1.10 release. The following apis will be deleted: "
                       "mxnet.contrib.onnx.import_model/get_model_metadata/import_to_gluon.")
_EXPORT_MOVED = ("Please be advised that the ONNX module has been moved to mxnet.onnx and mxnet.onnx.export_model "
                 "is the preferred path. The current path will be deprecated in the upcoming MXNet v1.10 release.")


def _announce(name, notice):
    print(f"Calling mxnet.contrib.onnx.{name}...")
    print(notice)


def export_model(*args, **kwargs):
    """Export a model to ONNX: not available."""
    _announce("export_model", _EXPORT_MOVED)
    raise _unavailable("mx.contrib.onnx.export_model")


def import_model(*args, **kwargs):
    """Import an ONNX model as a symbol and parameters: not available."""
    _announce("import_model", _IMPORT_DEPRECATION)
    raise _unavailable("mx.contrib.onnx.import_model")


def get_model_metadata(*args, **kwargs):
    """The input and output descriptions of an ONNX model: not available."""
    _announce("get_model_metadata", _IMPORT_DEPRECATION)
    raise _unavailable("mx.contrib.onnx.get_model_metadata")


def import_to_gluon(*args, **kwargs):
    """Import an ONNX model as a Gluon SymbolBlock: not available."""
    _announce("import_to_gluon", _IMPORT_DEPRECATION)
    raise _unavailable("mx.contrib.onnx.import_to_gluon", _INSTALL_HINT + "#installation")


# the entry points the deprecated ones above call (without their notice), under MXNet's names
def import_model_(model_file):
    """Import an ONNX model as a symbol and parameters: not available."""
    raise _unavailable("mx.contrib.onnx.import_model")


def get_model_metadata_(model_file):
    """The input and output descriptions of an ONNX model: not available."""
    raise _unavailable("mx.contrib.onnx.get_model_metadata")


def import_to_gluon_(model_file, ctx):
    """Import an ONNX model as a Gluon SymbolBlock: not available."""
    raise _unavailable("mx.contrib.onnx.import_to_gluon", _INSTALL_HINT + "#installation")


import_model_.__name__ = import_model_.__qualname__ = "import_model"       # (MXNet's functions' own names)
get_model_metadata_.__name__ = get_model_metadata_.__qualname__ = "get_model_metadata"
import_to_gluon_.__name__ = import_to_gluon_.__qualname__ = "import_to_gluon"

