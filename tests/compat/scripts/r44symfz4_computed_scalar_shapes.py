"""A 0-d shape an op computes in a graph (split's squeezed parts of 1-D data) is known to shape inference, and elementwise ops after it keep it, as MXNet's pass does."""
import re

import mxnet as mx


def show(name, f):
    try:
        print(name, f())
    except mx.base.MXNetError as e:
        print(name, 'MXNetError', re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).split('Stack trace')[0].strip())


x = mx.sym.Variable('x')
parts = mx.sym.split(x, num_outputs=4, axis=-1, squeeze_axis=True)
show('part', lambda: parts[1].infer_shape(x=(4,)))
show('arcsinh', lambda: mx.sym.arcsinh(parts[1]).infer_shape(x=(4,)))
show('arcsinh partial', lambda: mx.sym.arcsinh(parts[1]).infer_shape_partial(x=(4,)))
show('product', lambda: (parts[1] * parts[2]).infer_shape(x=(4,)))
show('plus scalar', lambda: (parts[1] + 1).infer_shape(x=(4,)))
show('stack', lambda: mx.sym.stack(parts[0], parts[1]).infer_shape(x=(4,)))
show('group', lambda: mx.sym.Group([parts[0], mx.sym.relu(parts[1])]).infer_shape(x=(4,)))
show('SliceChannel', lambda: mx.sym.relu(mx.sym.SliceChannel(x, num_outputs=1, squeeze_axis=True, axis=0))
     .infer_shape(x=(1,)))
exe = (parts[3] * parts[3] + parts[3]).simple_bind(mx.cpu(), x=(4,))
exe.arg_dict['x'][:] = mx.nd.array([1, 2, 3, 4])
out = exe.forward()[0]
print(out.shape, out.asnumpy())
