"""``mx.contrib.onnx``: the older ONNX import/export entry points; not available in distnet.

Each prints MXNet's two-line deprecation notice before it calls the entry point it stands for.
"""
from .onnx2mx.import_model import import_model as import_model_, get_model_metadata as get_model_metadata_
from .onnx2mx.import_to_gluon import import_to_gluon as import_to_gluon_
from ...onnx import export_model as export_model_

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
    return export_model_(*args, **kwargs)


def import_model(*args, **kwargs):
    """Import an ONNX model as a symbol and parameters: not available."""
    _announce("import_model", _IMPORT_DEPRECATION)
    return import_model_(*args, **kwargs)


def get_model_metadata(*args, **kwargs):
    """The input and output descriptions of an ONNX model: not available."""
    _announce("get_model_metadata", _IMPORT_DEPRECATION)
    return get_model_metadata_(*args, **kwargs)


def import_to_gluon(*args, **kwargs):
    """Import an ONNX model as a Gluon SymbolBlock: not available."""
    _announce("import_to_gluon", _IMPORT_DEPRECATION)
    return import_to_gluon_(*args, **kwargs)
