"""svd_signs: numpy's SVD with the singular-vector signs of LAPACK 3.9 (the numpy MXNet 1.9.1 ran with)."""
import numpy as np
import pytest

from distnet import svd_signs

# the first row of U's signs under numpy 1.23.5 (OpenBLAS 0.3.20) for uniform(-1, 1) float32 matrices
CASES = [((3, 4), 0, "+++"), ((5, 5), 1, "-+++-"), ((8, 3), 2, "+--"), ((4, 9), 3, "-+-+"), ((6, 8), 4, "+-+-++"),
         ((30, 40), 5, "+-+-+-+--++--+++----+++---++--"),
         ((40, 50), 6, "+-+-+-++-+--+---++--++++---++---+++----+")]


@pytest.mark.parametrize("shape, seed, signs", CASES)
def test_signs_are_lapack_39s(shape, seed, signs):
    a = np.random.RandomState(seed).uniform(-1, 1, shape).astype(np.float32)
    u, s, vt = svd_signs.svd(a)
    assert "".join("+" if x >= 0 else "-" for x in u[0]) == signs
    nu, ns, nvt = np.linalg.svd(a, full_matrices=False)
    np.testing.assert_array_equal(np.abs(u), np.abs(nu))       # only signs change, in (u_i, v_i) pairs
    np.testing.assert_array_equal(np.abs(vt), np.abs(nvt))
    np.testing.assert_array_equal(s, ns)
    np.testing.assert_allclose((u * s) @ vt, a, atol=1e-5)


@pytest.mark.parametrize("shape", [(1, 1), (1, 5), (5, 1), (2, 2), (40, 30), (0, 3)])
def test_other_shapes_keep_numpys_result(shape):
    a = np.random.RandomState(0).uniform(-1, 1, shape).astype(np.float32)
    u, s, vt = svd_signs.svd(a)
    nu, ns, nvt = np.linalg.svd(a, full_matrices=False)
    np.testing.assert_array_equal(np.abs(u), np.abs(nu))
    np.testing.assert_allclose((u * s) @ vt, a, atol=1e-5)


def test_numpys_rotation_is_told():
    assert svd_signs._numpy_rotation() in ("old", "new")


def test_svd_runs_on_numpys_starting_threads():
    # MXNet's Orthogonal calls numpy's SVD on the threads numpy's OpenBLAS started with; distnet runs numpy's
    # OpenBLAS on one thread otherwise, and gives it back one thread after the SVD
    from distnet.ndarray import openblas_core
    a = np.random.RandomState(7).normal(size=(300, 120)).astype(np.float32)
    with openblas_core.numpy_threads():
        want = np.linalg.svd(a, full_matrices=False)[0]
    np.testing.assert_array_equal(np.abs(svd_signs.svd(a)[0]), np.abs(want))
    for lib in openblas_core.numpy_openblas():
        assert openblas_core.library_function(lib, "openblas_get_num_threads")() == 1
