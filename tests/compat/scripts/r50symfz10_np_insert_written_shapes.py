"""mx.sym.np.insert's shape inference writes over the shapes it reads: the array flattened when no axis is given, array values brought to the (flattened) array's rank (extra leading axes of one element dropped, checked from the innermost; ones put before them, all ones while unknown), and an index symbol of unknown shape refused after a 0-d array's check; simple_bind allocates those shapes, as MXNet does."""
# recorded on AMD AVX2
import mxnet as mx
from _last_line import show

mx.npx.set_np()
a, v, o = (mx.sym.var(n).as_np_ndarray() for n in 'avo')
S = mx.sym.np
makers = {'int axis 0': lambda: S.insert(a, 1, v, axis=0), 'int axis -1': lambda: S.insert(a, -1, v, axis=-1),
          'int flat': lambda: S.insert(a, 1, v), 'slice axis 0': lambda: S.insert(a, slice(0, 2), v, axis=0),
          'slice flat': lambda: S.insert(a, slice(1, 3), v), 'tensor axis 0': lambda: S.insert(a, o, v, axis=0),
          'tensor flat': lambda: S.insert(a, o, v), 'number axis 0': lambda: S.insert(a, 1, 5, axis=0),
          'number flat': lambda: S.insert(a, 1, 5)}
given = [dict(a=(3, 4), v=(4,)), dict(a=(3, 4), v=(2, 4)), dict(a=(3, 4), v=(1,)), dict(a=(3, 4), v=()),
         dict(a=(3, 4), v=(2, 3, 4)), dict(a=(3, 4), v=(1, 1, 4)), dict(a=(3, 4)), dict(v=(4,)),
         dict(a=(3, 4), v=(4,), o=(2,)), dict(a=(3, 4), v=(4,), o=()), dict(a=(3, 4), o=(1,)), dict(a=(0, 4), v=(4,)),
         dict(a=(), v=(1,)), dict(a=(3, 4), v=(1, 0))]
for name, make in makers.items():
    for shapes in given:
        shapes = {k: s for k, s in shapes.items() if k in make().list_arguments()}
        show(f'{name} {shapes}', lambda: make().infer_shape_partial(**shapes))
        show(f'{name} {shapes} full', lambda: make().infer_shape(**shapes))
fc = mx.sym.FullyConnected(mx.sym.var('x'), num_hidden=4, name='fc').as_np_ndarray()
show('after a layer', lambda: S.insert(fc, 1, v).infer_shape_partial(x=(3, 5)))
for name in ('int axis 0', 'int flat', 'slice flat'):
    ex = makers[name]().simple_bind(mx.cpu(), a=(3, 4), v=(4,), grad_req='null')
    print(name, 'simple_bind', [x.shape for x in ex.arg_arrays], ex.forward()[0].shape)
for bad in ([(2, 3, 4)], [(1, 3, 4)], [(2, 1, 4)]):
    show(f'imperative {bad}', lambda: mx.np.insert(mx.np.ones((3, 4)), 1, mx.np.ones(bad[0])))
