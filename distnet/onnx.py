"""``mx.onnx``: ONNX export. It needs the ``onnx`` package, and distnet has no ONNX converter."""
import numpy as _np

from .base import MXNetError as _MXNetError, error_like as _error_like

_ImportError = _error_like(ImportError)


_INSTALL_HINT = "Onnx and protobuf need to be installed. Instructions to install - https://github.com/onnx/onnx"


def _unavailable(what, install_hint=_INSTALL_HINT):
    """The error for an ONNX entry point: MXNet's ImportError without ``onnx``, else "not implemented"."""
    try:
        import onnx  # noqa: F401
    except ImportError:
        return _ImportError(install_hint)
    return _MXNetError(f"{what}: distnet does not implement ONNX conversion; save the model with "
                      "export() / save_checkpoint() (symbol JSON + params) instead")


def export_model(sym, params, in_shapes=None, in_types=_np.float32, onnx_file_path="model.onnx", verbose=False,
                 dynamic=False, dynamic_input_shapes=None, run_shape_inference=False, input_type=None,
                 input_shape=None):
    """Export a symbol and its parameters to an ONNX file: not available."""
    raise _unavailable("mx.onnx.export_model")


def get_operator_support(opset_version=None):
    """The MXNet operators the ONNX exporter supports: not available."""
    raise _unavailable("mx.onnx.get_operator_support")
