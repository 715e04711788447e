# Operator documentation examples (MXNet 1.9.1 docstrings) run as calls, with argument variations: part a
import numpy as np
from mxnet import nd

from _show_calls import show

A = nd.array
# casts
x = A([0.9, 1.3])
show('cast_i32', lambda: nd.cast(x, dtype='int32'))
show('cast_f16', lambda: nd.Cast(A([1e20, 11.1]), dtype='float16'))
show('cast_u8', lambda: nd.cast(A([300, 11.1, 10.9, -1, -3]), dtype='uint8'))
show('cast_i8', lambda: nd.cast(A([300, 11.1, -10.9, -129, 127.9]), dtype='int8'))
show('cast_bad', lambda: nd.cast(x, dtype='foo'))
show('amp_cast', lambda: nd.amp_cast(A([1.1, 2.2]), dtype='float16'))
show('amp_multicast', lambda: nd.amp_multicast(A([1.1]), A([2], dtype='float16'), num_outputs=2))
show('amp_multicast_narrow', lambda: nd.amp_multicast(A([1.1]), A([2], dtype='float16'), num_outputs=2, cast_narrow=True))
# concat
x = A([[1, 1], [2, 2]]); y = A([[3, 3], [4, 4], [5, 5]]); z = A([[6, 6], [7, 7], [8, 8]])
show('concat0', lambda: nd.concat(x, y, z, dim=0))
show('concat1', lambda: nd.concat(y, z, dim=1))
show('concat_bad', lambda: nd.concat(x, y, z, dim=1))
show('Concat_neg', lambda: nd.Concat(y, z, dim=-1))
show('concat_default', lambda: nd.concat(y, z))
# flatten
x = A([[[1, 2, 3], [4, 5, 6], [7, 8, 9]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]]])
show('flatten', lambda: nd.flatten(x))
show('Flatten1d', lambda: nd.Flatten(A([1, 2, 3])))
# pad
x = nd.arange(1, 25).reshape((2, 2, 2, 3))
show('pad_edge', lambda: nd.pad(x, mode="edge", pad_width=(0, 0, 0, 0, 1, 1, 1, 1)))
show('pad_const', lambda: nd.pad(x, mode="constant", constant_value=0, pad_width=(0, 0, 0, 0, 1, 1, 1, 1)))
show('pad_const7', lambda: nd.Pad(x, mode="constant", constant_value=7.5, pad_width=(0, 0, 0, 0, 2, 0, 0, 1)))
show('pad_reflect', lambda: nd.pad(x, mode="reflect", pad_width=(0, 0, 0, 0, 1, 1, 2, 2)))
show('pad_bad_axis', lambda: nd.pad(x, mode="edge", pad_width=(1, 1, 0, 0, 1, 1, 1, 1)))
show('pad_3d', lambda: nd.pad(nd.arange(8).reshape((1, 1, 2, 2, 2)), mode='edge', pad_width=(0, 0, 0, 0, 1, 0, 0, 1, 1, 1)))
# reshape special values
x = nd.arange(24).reshape((2, 3, 4))
for shp in [(4, 0, 2), (2, 0, 0), (6, 1, -1), (3, -1, 8), (-1,), (-2,), (2, -2), (-2, 1, 1), (-3, 4), (0, -3), (-3, -2),
            (-4, 1, 2, -2), (2, -4, -1, 3, -2), (-4, -1, -1, -2), (0, 0, 0, 0), (-1, -1)]:
    show('reshape%s' % (shp,), lambda: nd.reshape(x, shape=shp).shape)
show('reshape_m33', lambda: nd.arange(120).reshape((2, 3, 4, 5)).reshape((-3, -3)).shape)
y = nd.zeros((10, 5, 4))
show('reshape_rev0', lambda: nd.reshape(y, shape=(-1, 0)).shape)
show('reshape_rev1', lambda: nd.reshape(y, shape=(-1, 0), reverse=True).shape)
show('Reshape_kw', lambda: nd.Reshape(A([1, 2, 3, 4]), shape=(2, 2)))
show('reshape_target', lambda: nd.Reshape(A([1, 2, 3, 4]), target_shape=(2, 2)))
show('reshape_like', lambda: nd.reshape_like(A([1, 2, 3, 4, 5, 6]), A([[0, -4], [3, 2], [2, 2]])))
show('reshape_like_sl1', lambda: nd.reshape_like(nd.zeros((30, 7)), nd.zeros((15, 2, 4)), lhs_begin=0, lhs_end=1, rhs_begin=0, rhs_end=2).shape)
show('reshape_like_sl2', lambda: nd.reshape_like(nd.zeros((3, 5)), nd.zeros((1, 15, 4)), lhs_begin=0, lhs_end=2, rhs_begin=1, rhs_end=2).shape)
show('reshape_like_sl3', lambda: nd.reshape_like(nd.zeros((30, 12)), nd.zeros((4, 2, 2, 3)), lhs_begin=-1, lhs_end=None, rhs_begin=1, rhs_end=None).shape)
show('reshape_like_bad', lambda: nd.reshape_like(nd.zeros((3, 5)), nd.zeros((4, 4))).shape)
# swapaxes
show('swapaxes01', lambda: nd.swapaxes(A([[1, 2, 3]]), 0, 1))
show('SwapAxis02', lambda: nd.SwapAxis(nd.arange(8).reshape((2, 2, 2)), dim1=0, dim2=2))
show('swap_default', lambda: nd.swapaxes(nd.arange(6).reshape((2, 3))))
# abs & unary
for name, vals in [('abs', [-2, 0, 3]), ('cbrt', [1, 8, -125]), ('ceil', [-2.1, -1.9, 1.5, 1.9, 2.1]),
                   ('erf', [0, -1., 10.]), ('erfinv', [0, 0.5, -1.]), ('exp', [0, 1, 2]), ('fix', [-2.1, -1.9, 1.9, 2.1]),
                   ('floor', [-2.1, -1.9, 1.5, 1.9, 2.1]), ('rcbrt', [1, 8, -125]), ('reciprocal', [-2, 1, 3, 1.6, 0.2]),
                   ('rint', [-1.5, 1.5, -1.9, 1.9, 2.1, 2.5, 0.5]), ('round', [-1.5, 1.5, -1.9, 1.9, 2.1, 2.5, 0.5]),
                   ('rsqrt', [4, 9, 16]), ('sign', [-2, 0, 3]), ('sqrt', [4, 9, 16]), ('square', [2, 3, 4]),
                   ('trunc', [-2.1, -1.9, 1.5, 1.9, 2.1]), ('logical_not', [0, 1, -2])]:
    show(name, lambda: getattr(nd, name)(A(vals)))
    show(name + '_i32', lambda: getattr(nd, name)(A(vals, dtype='int32')))
# arange
show('arange3', lambda: nd.arange(3))
show('arange26', lambda: nd.arange(2, 6))
show('arange_step', lambda: nd.arange(2, 6, step=2))
show('arange_rep', lambda: nd.arange(2, 6, step=1.5, repeat=2))
show('arange_i32', lambda: nd.arange(2, 6, step=2, repeat=3, dtype='int32'))
show('arange_neg', lambda: nd.arange(6, 2, step=-1.5))
show('arange_infer', lambda: nd.arange(start=0, stop=None, infer_range=True))
# arg ops
x = A([[0., 1., 2.], [3., 4., 5.]])
show('argmax0', lambda: nd.argmax(x, axis=0))
show('argmax1', lambda: nd.argmax(x, axis=1))
show('argmax1k', lambda: nd.argmax(x, axis=1, keepdims=True))
show('argmax_none', lambda: nd.argmax(x))
show('argmax_ties', lambda: nd.argmax(A([[1, 3, 3], [2, 2, 1]]), axis=1))
show('argmax_nan', lambda: nd.argmax(A([[1, np.nan, 3]]), axis=1))
show('argmax_bad', lambda: nd.argmax(x, axis=2))
show('argmax_channel', lambda: nd.argmax_channel(x))
show('argmin0', lambda: nd.argmin(x, axis=0))
show('argmin1k', lambda: nd.argmin(x, axis=1, keepdims=True))
show('argmin_none', lambda: nd.argmin(x))
x = A([[0.3, 0.2, 0.4], [0.1, 0.3, 0.2]])
show('argsort', lambda: nd.argsort(x))
show('argsort0', lambda: nd.argsort(x, axis=0))
show('argsortN', lambda: nd.argsort(x, axis=None))
show('argsort_desc', lambda: nd.argsort(x, is_ascend=False))
show('argsort_i32', lambda: nd.argsort(x, dtype='int32'))
show('sort', lambda: nd.sort(A([[1, 4], [3, 1]])))
show('sortN', lambda: nd.sort(A([[1, 4], [3, 1]]), axis=None))
show('sort0', lambda: nd.sort(A([[1, 4], [3, 1]]), axis=0))
show('sort_desc', lambda: nd.sort(A([[1, 4], [3, 1]]), is_ascend=0))
show('topk', lambda: nd.topk(x))
show('topk_v2', lambda: nd.topk(x, ret_typ='value', k=2))
show('topk_v2a', lambda: nd.topk(x, ret_typ='value', k=2, is_ascend=1))
show('topk_ax0', lambda: nd.topk(x, axis=0, ret_typ='value', k=2))
show('topk_both', lambda: nd.topk(x, ret_typ='both', k=2))
show('topk_mask', lambda: nd.topk(x, ret_typ='mask', k=2))
show('topk_axN', lambda: nd.topk(x, axis=None, k=3))
show('topk_i32', lambda: nd.topk(x, k=2, dtype='int32'))
show('topk_k0', lambda: nd.topk(x, k=0, ret_typ='value'))
show('topk_big', lambda: nd.topk(x, k=5))
# batch_take, pick, take
x = A([[1., 2.], [3., 4.], [5., 6.]])
show('batch_take', lambda: nd.batch_take(x, A([0, 1, 0])))
show('batch_take_oob', lambda: nd.batch_take(x, A([0, 5, -1])))
show('pick0', lambda: nd.pick(x, A([0, 1]), 0))
show('pick1', lambda: nd.pick(x, A([0, 1, 0]), 1))
show('pick_wrap', lambda: nd.pick(x, A([2, -1, -2]), 1, mode='wrap'))
show('pick_clip', lambda: nd.pick(x, A([2, -1, -2]), 1, mode='clip'))
show('pick_keep', lambda: nd.pick(x, A([[1.], [0.], [2.]]), 1, keepdims=True))
show('pick_none', lambda: nd.pick(x, A([4]), axis=None))
show('choose0', lambda: nd.choose_element_0index(x, A([0, 1, 0])))
show('take1', lambda: nd.take(A([4., 5., 6.]), A([1])))
show('take_clip', lambda: nd.take(A([4., 5., 6.]), A([3]), axis=-1, mode='clip'))
show('take2', lambda: nd.take(x, A([[0, 1], [1, 2]])))
show('take_wrap', lambda: nd.take(x, A([[0, 3], [-1, -2]]), axis=1, mode='wrap'))
show('take_raise', lambda: nd.take(x, A([[0, 3]]), axis=1, mode='raise'))
show('take_int', lambda: nd.take(x, A([1, 2], dtype='int32')))
# broadcast ops
x = A([[1., 1., 1.], [1., 1., 1.]]); y = A([[0.], [1.]])
for op in ['add', 'plus', 'sub', 'minus', 'mul', 'div', 'mod', 'power', 'maximum', 'minimum', 'hypot', 'equal', 'not_equal',
           'greater', 'greater_equal', 'lesser', 'lesser_equal', 'logical_and', 'logical_or', 'logical_xor']:
    show('broadcast_' + op, lambda: getattr(nd, 'broadcast_' + op)(x * 2, y + 1))
    show('broadcast_' + op + '_bad', lambda: getattr(nd, 'broadcast_' + op)(x, nd.ones((3, 1))))
show('bmod', lambda: nd.broadcast_mod(A([[8.], [-8.]]), A([[3., -3.]])))
show('bmod_i', lambda: nd.broadcast_mod(A([[8], [-8]], dtype='int32'), A([[3, -3]], dtype='int32')))
show('bpow', lambda: nd.broadcast_power(A([[2.]]), A([[0.5, -1, 3]])))
show('hypot', lambda: nd.broadcast_hypot(A([[3., 3., 3.]]), A([[0.], [4.]])))
# broadcast_axis / to / like
x = A([[[1.], [2.]]])
show('baxis2', lambda: nd.broadcast_axis(x, axis=2, size=3))
show('baxis02', lambda: nd.broadcast_axis(x, axis=(0, 2), size=(2, 3)))
show('baxes', lambda: nd.broadcast_axes(x, axis=0, size=2))
show('baxis_bad', lambda: nd.broadcast_axis(x, axis=1, size=3))
show('bto', lambda: nd.broadcast_to(x, shape=(2, 0, 3)))
show('blike', lambda: nd.broadcast_like(x, nd.zeros((2, 2, 4))))
show('blike_axes', lambda: nd.broadcast_like(x, nd.zeros((5, 4)), lhs_axes=(2,), rhs_axes=(1,)))
# elemwise binary functions with scalars
x = nd.ones((2, 3)); y = nd.arange(2).reshape((2, 1)); z = nd.arange(2).reshape((1, 2))
for op in ['add', 'subtract', 'multiply', 'divide', 'modulo', 'power', 'maximum', 'minimum', 'equal', 'not_equal',
           'greater', 'greater_equal', 'lesser', 'lesser_equal', 'logical_and', 'logical_or', 'logical_xor']:
    show(op + '_xy', lambda: getattr(nd, op)(x * 6, y + 1))
    show(op + '_zy', lambda: getattr(nd, op)(z, y))
    show(op + '_x2', lambda: getattr(nd, op)(x, 2))
    show(op + '_2x', lambda: getattr(nd, op)(2, y))
    show(op + '_ss', lambda: getattr(nd, op)(3, 2))
show('elemwise_add', lambda: nd.elemwise_add(A([1, 2, 3, 4]), A([1.1, 2.1, 3.1, 4.1])))
show('elemwise_add_bad', lambda: nd.elemwise_add(A([1, 2, 3, 4]), A([1.1, 2.1])))
show('x_pow_y', lambda: (x * 2) ** (y + 1))
show('mod_ops', lambda: (x * 6) % 5)
show('rmod', lambda: 5 % (x * 4))
show('rpow', lambda: 2 ** (y + 1))
show('rsub', lambda: 2 - y)
show('rdiv', lambda: 1 / (y + 1))
