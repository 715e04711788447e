"""Without set_np, mx.np linalg (cholesky, eig/eigh/eigvals/eigvalsh, solve, tensorsolve, tensorinv), diagonal, polyval, average weights, take, delete, insert and nonzero of 0-d arrays fail as MXNet's checks read an unknown rank (-1) or its shape inference fails; a non-zero 0-d array has one nonzero index; a 0-d array as empty's shape has no length."""
import mxnet as mx

np = mx.np
z = np.array(3.0)
m = np.array([[1., 2.], [3., 4.]])
v = np.array([1., 2.])

calls = [
    ('cholesky', lambda: np.linalg.cholesky(z)), ('eig', lambda: np.linalg.eig(z)), ('eigh', lambda: np.linalg.eigh(z)),
    ('eigh_upper', lambda: np.linalg.eigh(z, UPLO='U')), ('eigvals', lambda: np.linalg.eigvals(z)),
    ('eigvalsh', lambda: np.linalg.eigvalsh(z)), ('eigvalsh_upper', lambda: np.linalg.eigvalsh(z, UPLO='U')),
    ('solve', lambda: np.linalg.solve(z, v)), ('solve_b0d', lambda: np.linalg.solve(m, z)),
    ('tensorsolve', lambda: np.linalg.tensorsolve(z, z)), ('tensorinv', lambda: np.linalg.tensorinv(z)),
    ('tensorinv_ind3', lambda: np.linalg.tensorinv(z, ind=3)), ('tensorinv_ind0', lambda: np.linalg.tensorinv(z, ind=0)),
    ('diagonal', lambda: np.diagonal(z)), ('diagonal_offset', lambda: np.diagonal(z, offset=1, axis1=0, axis2=1)),
    ('trace', lambda: np.trace(z)),
    ('polyval_x0d', lambda: np.polyval(v, z)), ('polyval_p0d', lambda: np.polyval(z, v)), ('polyval_both', lambda: np.polyval(z, z)),
    ('average_weights', lambda: np.average(m, weights=z)), ('average_weights_axis', lambda: np.average(m, axis=0, weights=z)),
    ('average', lambda: np.average(z)), ('average_both', lambda: np.average(z, weights=z)),
    ('take', lambda: np.take(z, np.array([0]))), ('take_axis', lambda: np.take(z, np.array([0]), axis=0)),
    ('take_index0d', lambda: np.take(m, z)), ('take_index0d_axis', lambda: np.take(m, z, axis=1)),
    ('take_index0d_clip', lambda: np.take(m, np.array(1, dtype='int32'), mode='clip')),
    ('delete', lambda: np.delete(z, 0)), ('delete_axis', lambda: np.delete(z, 0, axis=0)),
    ('delete_index0d', lambda: np.delete(m, np.array(0, dtype='int32'))),
    ('insert', lambda: np.insert(z, 0, 1)), ('insert_axis', lambda: np.insert(z, 0, 1, axis=0)),
    ('insert_slice', lambda: np.insert(z, slice(0, 1), 1.0)), ('insert_values0d', lambda: np.insert(m, 0, z)),
    ('nonzero', lambda: np.nonzero(z)), ('nonzero_zero', lambda: np.nonzero(np.array(0.0))),
    ('nonzero_bool', lambda: np.nonzero(np.array(True))), ('nonzero_int_zero', lambda: np.nonzero(np.array(0, dtype='int32'))),
    ('nonzero_method', lambda: np.array(2.0).nonzero()), ('where_one', lambda: np.where(np.array(0.0))),
    ('flatnonzero', lambda: np.flatnonzero(np.array(2.0))), ('count_nonzero', lambda: np.count_nonzero(np.array(2.0))),
    ('empty_shape0d', lambda: np.empty(z)), ('zeros_shape0d', lambda: np.zeros(z)), ('ones_shape0d', lambda: np.ones(z)),
    ('full_shape0d', lambda: np.full(z, 1.0)), ('empty_shape1d', lambda: np.empty(np.array([2, 3], dtype='int32'))),
]
for name, f in calls:
    try:
        print(name, 'ok', repr(f()))
    except Exception as err:  # noqa: BLE001
        print(name, type(err).__name__, repr(str(err)))
