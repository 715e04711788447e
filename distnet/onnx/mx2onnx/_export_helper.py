"""Helpers of the ONNX exporter: the error its entry points raise without ``onnx``, and checkpoint loading."""
import logging
import os

import distnet as mx

from ...base import MXNetError as _MXNetError, error_like as _error_like

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


def load_module(sym_filepath, params_filepath):
    """Load a checkpoint saved as ``prefix-symbol.json`` and ``prefix-epoch.params``: (symbol, arg and aux params).

    The prefix comes from the symbol file's name and the epoch from the params file's (0 when it names none).
    """
    if not (os.path.isfile(sym_filepath) and os.path.isfile(params_filepath)):
        raise ValueError("Symbol and params files provided are invalid")
    prefix = sym_filepath.rsplit(".", 1)[0].rsplit("-", 1)[0]
    params_stem = params_filepath.rsplit(".", 1)[0].rsplit("-", 1)
    epoch = int(params_stem[1]) if len(params_stem) == 2 else 0
    sym, arg_params, aux_params = mx.model.load_checkpoint(prefix, epoch)
    return sym, {**arg_params, **aux_params}
