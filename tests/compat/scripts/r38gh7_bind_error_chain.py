"""simple_bind and Module.bind errors: RuntimeError chained to the C API's MXNetError as context, not cause."""
import mxnet as mx
def show(f):
    try:
        f()
        print('ok')
    except Exception as e:
        print(type(e).__name__, type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__,
              str(e).split('\n')[:2])
x = mx.sym.var('x'); y = mx.sym.var('y')
s = x * 2
show(lambda: s.simple_bind(mx.cpu(), x=(2, 0)))
show(lambda: s.simple_bind(mx.cpu(), x=(2, 3), grad_req='bogus'))
show(lambda: s.simple_bind(mx.cpu(), x=(2,), type_dict={'x': 'int8'}, grad_req=['write', 'write']))
show(lambda: (x + y).simple_bind(mx.cpu(), x=(2, 3), y=(3, 2)))
show(lambda: (x + y).simple_bind(mx.cpu(), x=(2, 3)))
show(lambda: (x + y).simple_bind(mx.cpu(), x=(2, 3), y=(2, 3), type_dict={'x': 'int32', 'y': 'float32'}))
show(lambda: mx.sym.FullyConnected(x, num_hidden=2).simple_bind(mx.cpu(), x=(2, 3), fullyconnected0_weight=(3, 3)))
show(lambda: mx.sym.Group([mx.sym.var('a'), mx.sym.var('a') * 2]).simple_bind(mx.cpu(), a=(2,)))
net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=2, name='fc'), name='softmax')
def mod_bind(dshape, lshape=(4,)):
    m = mx.mod.Module(net)
    m.bind([('data', dshape)], [('softmax_label', lshape)])
show(lambda: mod_bind((4, 3)))
show(lambda: mod_bind((4, 3), (5, 2)))
show(lambda: mod_bind((4, 0)))
def mod_types():
    m = mx.mod.Module(mx.sym.var('data') + mx.sym.var('b'), label_names=None, data_names=['data', 'b'])
    m.bind([mx.io.DataDesc('data', (2, 2), 'int32'), mx.io.DataDesc('b', (2, 2), 'float32')])
show(mod_types)
