"""The backend operator behind each ``mx.np`` function, which MXNet 1.9.1 names when it refuses an argument that is not
an mx.np array (a legacy NDArray given as input, or anything else given as ``out=``): ``_npi_<name>``, but for the
functions below."""
from ..ndarray.ndarray import NDArray
from .multiarray import legacy_refusal, ndarray

# functions whose operator MXNet registered as ``_np_<name>``
_NP_PREFIXED = frozenset("all amax amin any atleast_1d atleast_2d atleast_3d copy cumsum diag diagflat diagonal dot max "
                         "min moveaxis prod product repeat reshape roll sometrue squeeze sum trace transpose".split())

# functions that hand their arrays to an operator of another name
_OTHER_OPERATOR = {"fabs": "_npi_abs", "invert": "_npi_bitwise_not", "append": "_npi_concatenate",
                   "row_stack": "_npi_vstack", "ravel": "_npi_reshape", "ones_like": "_npi_full_like",
                   "zeros_like": "_npi_full_like", "quantile": "_npi_percentile", "may_share_memory": "_npi_share_memory",
                   "shares_memory": "_npi_share_memory", "empty_like": "_npi_Custom", "resize": "_npi_Custom",
                   "unravel_index": "_npi_Custom", "random.multivariate_normal": "_npi_Custom", "round": "_npi_around",
                   "round_": "_npi_around", "random.randint": "_npi_random_randint", "random.lognormal": "_npi_normal", "divide": "_npi_true_divide", "remainder": "_npi_mod"}
# binary functions that hand a number operand to a ``_scalar`` operator of their own
_WITH_SCALAR_OPERATORS = frozenset("add subtract multiply divide true_divide mod remainder power maximum minimum hypot "
                                   "arctan2 copysign ldexp lcm bitwise_and bitwise_or bitwise_xor equal not_equal less "
                                   "less_equal greater greater_equal".split())

# functions whose arrays go straight to their operator, which refuses a legacy one before reading any attribute
# (the others check their arguments in Python first, or pick their operator by the arguments)
INPUTS_REFUSED = frozenset("""
    abs absolute all amax amin any append arccos arccosh arcsin arcsinh arctan arctanh argmax argmin argsort
    atleast_1d atleast_2d atleast_3d average bincount bitwise_not broadcast_to cbrt ceil column_stack concatenate copy
    cos cosh cumsum degrees delete diag diag_indices_from diagflat diagonal diff dot dstack ediff1d exp
    expand_dims expm1 fabs fix floor full_like hstack invert isfinite isinf isnan isneginf isposinf log log10
    log1p log2 logical_not matmul max mean min moveaxis nan_to_num negative nonzero ones_like
    percentile prod product quantile radians ravel reciprocal repeat reshape resize rint roll rot90 row_stack
    sign sin sinh sometrue sort sqrt square squeeze stack std sum tan tanh tile trace transpose tril
    trunc unique unravel_index var vstack zeros_like
    linalg.cholesky linalg.det linalg.eig linalg.eigh linalg.eigvals linalg.eigvalsh linalg.inv linalg.norm
    linalg.slogdet linalg.solve linalg.svd linalg.tensorinv linalg.tensorsolve
    random.multinomial random.multivariate_normal random.shuffle""".split())

# functions taking their arrays as one sequence (or as *arrays), whose items are the operator's inputs
_SEQUENCES = frozenset("append atleast_1d atleast_2d atleast_3d column_stack concatenate dstack hstack row_stack stack "
                       "vstack".split())
# functions whose second argument is an array input too (the others' further arguments are attributes: a legacy
# array there fails as attribute text)
_TWO_INPUTS = frozenset("append dot matmul linalg.solve linalg.tensorsolve".split())


def backend_name(qualified):
    """MXNet's operator behind mx.np function ``qualified`` ('sum', 'linalg.inv')."""
    name = qualified.rpartition(".")[2]
    if qualified in _OTHER_OPERATOR:
        return _OTHER_OPERATOR[qualified]
    return ("_np_" if qualified in _NP_PREFIXED else "_npi_") + name


def out_operator(qualified, args, kwargs):
    """The operator MXNet names when it refuses the ``out=`` of a call of ``qualified`` with ``args`` and ``kwargs``:
    a binary function's ``_scalar`` operator when one operand is a number."""
    name = backend_name(qualified)
    if qualified in _WITH_SCALAR_OPERATORS:
        from .umath import _SCALARS, _scalar_operator
        x1, x2 = (args[i] if len(args) > i else kwargs.get(k) for i, k in ((0, "x1"), (1, "x2")))
        if isinstance(x1, _SCALARS) != isinstance(x2, _SCALARS):
            return _scalar_operator(name[len("_npi_"):], isinstance(x1, _SCALARS))
    return name


def _is_legacy(value):
    return isinstance(value, NDArray) and not isinstance(value, ndarray)


def legacy_inputs_check(qualified, parameters):
    """A check of a call's arguments (``check(args, kwargs)``) of function ``qualified`` (its ``parameters``' names)
    refusing legacy NDArrays given as its operator's array inputs, as MXNet's operator does."""
    name = backend_name(qualified)
    sequence = qualified in _SEQUENCES
    count = 2 if qualified in _TWO_INPUTS else 1

    def check(args, kwargs):
        if sequence and parameters[0] in ("arys", "args"):     # (*arrays)
            inputs = list(args)
        else:
            inputs = list(args[:count]) + [kwargs[p] for p in parameters[len(args):count] if p in kwargs]
        for value in inputs:
            items = value if sequence and type(value) in (list, tuple) else (value,)
            if any(_is_legacy(item) for item in items):
                raise legacy_refusal(name)
    return check
