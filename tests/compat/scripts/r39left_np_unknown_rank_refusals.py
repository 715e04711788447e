"""Without set_np, mx.np joins, moveaxis, einsum, linalg.norm, percentile/quantile, atleast_*d, matmul and pinv of 0-d arrays fail as MXNet's shape inference fails (op, shapes, attributes), a legacy array is refused under the operator's own name, and the default norm of a 0-d array is computed."""
import mxnet as mx

np = mx.np
z = np.array(3.0)
v = np.array([1., 2.])
m = np.array([[1., 2.], [3., 4.]])
e = np.array([[1., 2.]])[:0]
leg = mx.nd.array([[1., 2.], [3., 4.]])

calls = [
    ('concatenate', lambda: np.concatenate([z, z])), ('concatenate_none', lambda: np.concatenate([z, z], axis=None)),
    ('concatenate_none_mix', lambda: np.concatenate([m, z], axis=None)),
    ('concatenate_none_empty', lambda: np.concatenate([e, e], axis=None)),
    ('append', lambda: np.append(z, z)), ('append_mix', lambda: np.append(v, z)), ('append_empty', lambda: np.append(e, e)),
    ('stack', lambda: np.stack([z, z])), ('stack_axis1', lambda: np.stack([z, z], axis=1)),
    ('vstack', lambda: np.vstack([z, z])), ('hstack', lambda: np.hstack([z, z, z])),
    ('dstack', lambda: np.dstack([z, z])), ('column_stack', lambda: np.column_stack([z, z])),
    ('row_stack', lambda: np.row_stack([z])),
    ('moveaxis', lambda: np.moveaxis(z, 0, 1)), ('moveaxis_10', lambda: np.moveaxis(z, 1, 0)),
    ('moveaxis_neg', lambda: np.moveaxis(z, 0, -2)), ('moveaxis_pair', lambda: np.moveaxis(z, (0, 1), (1, 0))),
    ('moveaxis_count', lambda: np.moveaxis(z, (0, 1), (0,))), ('moveaxis_none', lambda: np.moveaxis(z, (), ())),
    ('einsum', lambda: np.einsum('ij->i', z)), ('einsum_empty_terms', lambda: np.einsum('->', z)),
    ('einsum_two', lambda: np.einsum('ij,ij->', m, z)), ('einsum_legacy', lambda: np.einsum('->', leg)),
    ('einsum_legacy_bad_output', lambda: np.einsum('ij->k', leg)),
    ('norm', lambda: np.linalg.norm(z)), ('norm_negative', lambda: np.linalg.norm(np.array(-2.5))),
    ('norm_big', lambda: np.linalg.norm(np.array(1e20))), ('norm_f64', lambda: np.linalg.norm(np.array(-3.5, dtype='float64'))),
    ('norm_keepdims', lambda: np.linalg.norm(z, keepdims=True)), ('norm_ord2', lambda: np.linalg.norm(z, ord=2)),
    ('norm_ord1_keepdims', lambda: np.linalg.norm(z, ord=1, keepdims=True)), ('norm_ord15', lambda: np.linalg.norm(z, ord=1.5)),
    ('norm_ord_ninf', lambda: np.linalg.norm(z, ord=-np.inf)), ('norm_fro', lambda: np.linalg.norm(z, ord='fro')),
    ('norm_nuc', lambda: np.linalg.norm(z, ord='nuc')), ('norm_axis', lambda: np.linalg.norm(z, axis=-1)),
    ('norm_fro_axis', lambda: np.linalg.norm(z, ord='fro', axis=0)), ('norm_pair', lambda: np.linalg.norm(z, axis=(1, 0))),
    ('percentile', lambda: np.percentile(z, 50)), ('percentile_axis', lambda: np.percentile(z, 50, axis=0)),
    ('percentile_options', lambda: np.percentile(z, 50, interpolation='lower', keepdims=True)),
    ('percentile_q0d', lambda: np.percentile(m, z)), ('percentile_both', lambda: np.percentile(z, z)),
    ('percentile_qarray', lambda: np.percentile(z, np.array([50.]))),
    ('quantile', lambda: np.quantile(z, 0.5)), ('quantile_q0d', lambda: np.quantile(m, z)),
    ('atleast_1d', lambda: np.atleast_1d(z)), ('atleast_2d', lambda: np.atleast_2d(z, v)),
    ('atleast_3d', lambda: np.atleast_3d(v, z)), ('atleast_1d_empty', lambda: np.atleast_1d(e)),
    ('matmul', lambda: np.matmul(z, z)), ('matmul_mix', lambda: np.matmul(m, z)), ('matmul_v', lambda: np.matmul(z, v)),
    ('swapaxes_legacy', lambda: np.swapaxes(leg, 0, 1)), ('hsplit_legacy', lambda: np.hsplit(leg, 2)),
    ('pinv_legacy', lambda: np.linalg.pinv(leg)), ('pinv_legacy_rcond', lambda: np.linalg.pinv(m, mx.nd.array([1e-3]))),
    ('pinv', lambda: np.linalg.pinv(z)), ('pinv_rcond_array', lambda: np.linalg.pinv(z, m)),
]
for name, f in calls:
    try:
        print(name, 'ok', repr(f()))
    except Exception as err:  # noqa: BLE001
        print(name, type(err).__name__, repr(str(err)))
