"""take's backward along axis 0, run for its indices' gradient while the op before it asks no data gradient (fix, round, BlockGrad) or the data is a 'null' variable, fails its switch on the data's request in an executor, and along another axis writes zeros, as MXNet's does."""
import mxnet as mx
import numpy as np

x = mx.sym.Variable('x')
i = mx.sym.Variable('i')


def run(name, y, req):
    exe = y.simple_bind(mx.cpu(), grad_req=req, x=(3, 2), i=(2,))
    exe.arg_dict['x'][:] = np.arange(6).reshape(3, 2)
    exe.arg_dict['i'][:] = np.array([0, 2])
    out = exe.forward(is_train=True)
    exe.backward([mx.nd.ones(out[0].shape)])
    try:
        print(name, req, {k: v.asnumpy().ravel().tolist() for k, v in sorted(exe.grad_dict.items()) if v is not None})
    except mx.base.MXNetError as e:
        print(name, req, 'MXNetError', str(e).split('\n')[-1])


for req in ['write', {'x': 'write', 'i': 'null'}, {'x': 'null', 'i': 'write'}]:
    run('fix', mx.sym.take(mx.sym.fix(x), i), req)
    run('plain', mx.sym.take(x, i), req)
    run('BlockGrad', mx.sym.take(mx.sym.BlockGrad(x), i), req)
    run('round', mx.sym.take(mx.sym.round(x * 2), i), req)
    run('sign then relu', mx.sym.take(mx.sym.relu(mx.sym.sign(x)), i), req)
    run('fix axis 1', mx.sym.take(mx.sym.fix(x), i, axis=1, mode='wrap'), req)
    run('fix axis -2', mx.sym.take(mx.sym.fix(x), i, axis=-2), req)
    run('plain axis -1', mx.sym.take(x, i, axis=-1, mode='wrap'), req)
