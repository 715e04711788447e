"""What MXNet's messages say about operator parameters: the types of required ones; enumerations are
ndarray.param_text's (checked in nd calls and at symbol creation alike)."""
from ..base import MXNetError
from ..ndarray.param_text import in_operator

# How MXNet names the type of a required parameter in its "not presented" message, where that differs from the
# type in its parameter list (ndarray.param_docs) or the list is not known
REQUIRED_TYPES = {
    ("split", "num_outputs"): "int", ("_contrib_quantized_conv", "num_filter"): "int",
    ("_contrib_quantized_rnn", "mode"): "int",
}


def require_parameters(op_name, **given):
    """Raise MXNet's error for the first (by name, as MXNet checks them) of ``given`` left as None."""
    missing = sorted(k for k, v in given.items() if v is None)
    if missing:
        raise missing_parameter(op_name, missing[0], {k: v for k, v in given.items() if v is not None})


def missing_parameter(op_name, key, attrs, imperative=False):
    """MXNet's error for a required parameter left out, naming the op's given attributes (``imperative``: in the
    order an NDArray call's attribute map holds them)."""
    from ..ndarray.param_docs import declared_type
    kind = REQUIRED_TYPES.get((op_name, key)) or declared_type(op_name, key)
    return MXNetError(f"Required parameter {key}{f' of {kind}' if kind else ''} is not presented"
                      f"{in_operator(op_name, attrs, imperative)}")
