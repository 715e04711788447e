"""The words a numpy operator of a graph refuses its inputs with: the mx.np function the node stands for, run on
the node's inputs, says what MXNet says (its checks live in the front end, the graph's kernels are numpy's)."""
import inspect

from ..base import MXNetError, message_of

# node operator -> the mx.np function (and whether it takes the node's attribute ``subscripts`` first)
_FUNCTIONS = {
    "_npi_argmax": "argmax", "_npi_argmin": "argmin", "_np_cumsum": "cumsum", "_np_moveaxis": "moveaxis",
    "_np_dot": "dot", "_npi_tensordot_int_axes": "tensordot", "_npi_tensordot": "tensordot", "_npi_einsum": "einsum",
    "_npi_where": "where", "_np_transpose": "transpose", "_npi_det": "linalg.det", "_npi_slogdet": "linalg.slogdet",
    "_npi_solve": "linalg.solve", "_npi_svd": "linalg.svd", "_np_roll": "roll", "_np_diag": "diag",
    "_np_diagonal": "diagonal", "_np_squeeze": "squeeze", "_npi_rot90": "rot90", "_np_trace": "trace",
    "_npi_tril": "tril", "_npi_diff": "diff", "_npi_stack": "stack", "_npi_vstack": "vstack",
    "_npi_hstack": "hstack", "_npi_dstack": "dstack", "_npi_column_stack": "column_stack", "_npi_tile": "tile",
    "_npi_broadcast_to": "broadcast_to", "_npi_split": "split", "_npi_flip": "flip",
    "_np_max": "max", "_np_min": "min", "_np_sum": "sum", "_np_prod": "prod", "_npi_mean": "mean", "_npi_std": "std",
    "_npi_var": "var", "_np_all": "all", "_np_any": "any", "_npi_concatenate": "concatenate",
}


def front_end_words(op_name, arrays, attrs):
    """MXNet's words for node operator ``op_name`` failing on ``arrays`` (numpy) with ``attrs``; None when the
    operator has no mx.np function here or that function does not refuse them."""
    refusal = front_end_refusal(op_name, arrays, attrs)
    return None if refusal is None else message_of(refusal)


def front_end_refusal(op_name, arrays, attrs):
    """The MXNetError (its words and the source line of its check) of node operator ``op_name`` failing on
    ``arrays`` (numpy) with ``attrs``; None as for front_end_words."""
    name = _FUNCTIONS.get(op_name)
    if name is None:
        return None
    from .. import numpy as mnp
    from .multiarray import wrap_np
    function = mnp
    for part in name.split("."):
        function = getattr(function, part)
    inputs = [wrap_np(a) for a in arrays]
    kwargs = dict(attrs)
    if name == "einsum":
        inputs.insert(0, kwargs.pop("subscripts"))
    if name in ("stack", "vstack", "hstack", "dstack", "column_stack"):
        inputs = [inputs]
    accepted = inspect.signature(function).parameters
    kwargs = {k: v for k, v in kwargs.items() if k in accepted and k not in ("num_args", "optimize")}
    try:
        function(*inputs, **kwargs)
    except MXNetError as e:
        return e
    except Exception:   # noqa: BLE001  (its own failure says nothing MXNet would)
        return None
    return None
