# Error classes of composition, in-place operators, JSON loading/saving and Executor.copy_params_from on
# bad input.
import mxnet as mx


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__)


with mx.name.NameManager():
    x = mx.sym.var('x')
    y = mx.sym.var('y')
    net = mx.sym.FullyConnected(x, num_hidden=2, name='fc')
    attempt('positional', lambda: net(y))
    attempt('positional and keyword', lambda: net(y, x=y))
    attempt('keyword not a symbol', lambda: net(x=3))
    attempt('positional not a symbol', lambda: net(3))
    attempt('keyword group', lambda: net(x=mx.sym.Group([y, y])))
    attempt('unknown keyword', lambda: net(z=y))
    attempt('variable keyword', lambda: x(x=y))
    attempt('keyword', lambda: net(x=y * 2, name='fc2').list_arguments())
    for op in ('__iadd__', '__isub__', '__imul__', '__itruediv__'):
        attempt(op, lambda: getattr(x + 0, op)(1))
    s = x + 0
    try:
        s += y
    except Exception as e:
        print('+= symbol', type(e).__name__, s.name)
    attempt('symbol __rpow__', lambda: x.__rpow__(y).list_arguments())
    attempt('has T', lambda: hasattr(x, 'T'))
    attempt('load_json int', lambda: mx.sym.load_json(3))
    attempt('load_json text', lambda: mx.sym.load_json('not json'))
    attempt('save int', lambda: net.save(3))
    attempt('load int', lambda: mx.sym.load(3))
    ex = net.simple_bind(mx.cpu(), x=(2, 3))
    attempt('copy wrong shape', lambda: ex.copy_params_from({'fc_weight': mx.nd.ones((3, 3))}))
    attempt('copy extra', lambda: ex.copy_params_from({'zz': mx.nd.ones(2)}))
    attempt('copy extra aux', lambda: ex.copy_params_from({}, {'zz': mx.nd.ones(2)}))
    ex.copy_params_from({'fc_weight': mx.nd.ones((2, 3), dtype='float64') / 4, 'zz': mx.nd.ones(2)},
                        allow_extra_params=True)
    print(ex.arg_dict['fc_weight'].dtype, ex.arg_dict['fc_weight'].asnumpy().tolist())
