"""Symbol shape and type inference agrees with running the operator, for every row of the op tables."""
import importlib.util
import pathlib

import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError
from distnet.ndarray.ndarray import _wrap

TABLES = pathlib.Path(__file__).resolve().parents[1] / "ndarray"


def _cases():
    import sys
    sys.path.insert(0, str(TABLES))
    cases = []
    for path in sorted(TABLES.glob("test_ops_*.py")):
        spec = importlib.util.spec_from_file_location(f"_infer_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        cases += list(getattr(module, "CASES", ()))
    return cases


# Output shapes that depend on the values, not the shapes (MXNet cannot infer them either), and
# backward helpers that are never part of a user's graph.
DATA_DEPENDENT = {"_contrib_boolean_mask", "_contrib_ROIAlign"}
# Ops whose symbol refuses inputs of different dtypes (MXNet: "Incompatible attr"), though the
# imperative op runs on them (an integer label).
MIXED_DTYPES_REFUSED = {"SoftmaxOutput"}
AUX_BY_KEYWORD = {"BatchNorm_v1": ("moving_mean", "moving_var")}    # not among its positional inputs (MXNet's signature)
CASES = [c for c in _cases() if c.op not in DATA_DEPENDENT and not c.op.startswith("_backward")]


from opcheck import _runner     # noqa: E402  (the op tables' helper module: on the path once _cases ran)


@pytest.mark.parametrize("case", CASES, ids=repr)
def test_symbol_infers_what_the_operator_makes(case):
    arrays = [a.astype(np.float32) if a.dtype.kind == "f" else a for a in case.arrays()]
    with mx.autograd.pause():
        got = _runner(case.op)(*[_wrap(a) for a in arrays], **case.attrs)
    outs = got if isinstance(got, (list, tuple)) else [got]
    names = [f"in{i}" for i in range(len(arrays))]
    by_keyword = dict(zip(AUX_BY_KEYWORD.get(case.op, ()), names[-len(AUX_BY_KEYWORD.get(case.op, ())):]))
    positional = names[:len(names) - len(by_keyword)]
    try:
        sym = getattr(mx.sym._internal if case.op.startswith("_") else mx.sym, case.op)(
            *[mx.sym.var(n) for n in positional], **{k: mx.sym.var(n) for k, n in by_keyword.items()}, **case.attrs)
    except MXNetError as e:       # as MXNet: inputs after one the attributes switch off go by keyword
        if "Symbol.ComposeKeyword" not in str(e):
            raise
        taken = [line.split("]", 1)[1] for line in str(e).splitlines() if line.startswith("\t[")]
        sym = getattr(mx.sym._internal if case.op.startswith("_") else mx.sym, case.op)(**{k: mx.sym.var(n) for k, n in zip(taken, names)}, **case.attrs)
    arg_shapes, out_shapes, _ = sym.infer_shape(**{n: a.shape for n, a in zip(names, arrays)})
    assert out_shapes == [o.shape for o in outs]
    if case.op in MIXED_DTYPES_REFUSED and len({a.dtype for a in arrays}) > 1:
        with pytest.raises(MXNetError, match="Incompatible attr"):
            sym.infer_type(**{n: a.dtype for n, a in zip(names, arrays)})
        return
    _, out_types, _ = sym.infer_type(**{n: a.dtype for n, a in zip(names, arrays)})
    assert [np.dtype(t) for t in out_types] == [o.dtype for o in outs]
