"""Checkpoints of symbolic models: ``prefix-symbol.json`` plus ``prefix-%04d.params``."""
import collections
import logging

from . import ndarray as nd
from . import symbol as sym
from .base import MXNetError

BatchEndParam = collections.namedtuple("BatchEndParams", ["epoch", "nbatch", "eval_metric", "locals"])


def save_checkpoint(prefix, epoch, symbol, arg_params, aux_params, remove_amp_cast=True):
    """Write the symbol (when given) and the ``arg:``/``aux:`` parameters of ``epoch``."""
    if symbol is not None:
        symbol.save(f"{prefix}-symbol.json", remove_amp_cast=remove_amp_cast)
    params = {f"arg:{k}": v for k, v in arg_params.items()}
    params.update({f"aux:{k}": v for k, v in aux_params.items()})
    param_name = f"{prefix}-{epoch:04d}.params"
    nd.save(param_name, params)
    logging.info('Saved checkpoint to "%s"', param_name)


def load_params(prefix, epoch):
    """(arg_params, aux_params) from ``prefix-%04d.params``."""
    arg_params, aux_params = {}, {}
    for key, value in nd.load(f"{prefix}-{epoch:04d}.params").items():
        kind, _, name = key.partition(":")
        if kind == "arg":
            arg_params[name] = value
        elif kind == "aux":
            aux_params[name] = value
        # other keys are skipped, as MXNet does
    return arg_params, aux_params


def load_checkpoint(prefix, epoch):
    """(symbol, arg_params, aux_params) saved by ``save_checkpoint``."""
    try:
        symbol = sym.load(f"{prefix}-symbol.json")
    except OSError as e:
        raise MXNetError(f"load_checkpoint: cannot read {prefix}-symbol.json: {e}") from e
    arg_params, aux_params = load_params(prefix, epoch)
    return symbol, arg_params, aux_params
