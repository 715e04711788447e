"""Every registered differentiable operator has a row in one of the tests/ndarray/test_ops_*.py tables."""
import importlib.util
import pathlib

from distnet.ndarray.registry import OPS

HERE = pathlib.Path(__file__).parent
# Checked elsewhere, with the reason.
ELSEWHERE = {
    "_index": "indexing gradients: tests/ndarray/test_ndarray.py",
    "Custom": "user-defined: tests/test_operator.py",
    "SVMOutput": "a loss layer whose gradient ignores dy: tests/ndarray/test_ops_misc.py",
    "_square_sum": "row_sparse input only: tests/ndarray/test_sparse_storage.py",
}


def _table_ops():
    names = set()
    for path in sorted(HERE.glob("test_ops_*.py")):
        spec = importlib.util.spec_from_file_location(f"_optable_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        names.update(OPS[case.op].name for case in getattr(module, "CASES", ()) if case.grad)
    return names


def test_every_differentiable_operator_has_a_gradient_case():
    differentiable = {op.name for op in OPS.values() if op.bwd is not None}
    missing = sorted(differentiable - _table_ops() - set(ELSEWHERE))
    assert not missing, f"operators with a backward but no gradient case in a test_ops_*.py table: {missing}"
