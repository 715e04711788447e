"""mx.nd.Custom and mx.sym.Custom read op_type as text: left out or empty it is missing, an explicit None is the
operator name "None" (not found), a number its digits."""
import mxnet as mx


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, str(e).split('Stack trace')[0].strip().splitlines()[-1])


show('nd missing', lambda: mx.nd.Custom(mx.nd.ones(2)))
show('nd None', lambda: mx.nd.Custom(mx.nd.ones(2), op_type=None))
show('nd empty', lambda: mx.nd.Custom(mx.nd.ones(2), op_type=''))
show('nd int', lambda: mx.nd.Custom(mx.nd.ones(2), op_type=3))
show('sym missing', lambda: mx.sym.Custom(mx.sym.var('a')))
show('sym None', lambda: mx.sym.Custom(mx.sym.var('a'), op_type=None))
show('sym empty', lambda: mx.sym.Custom(mx.sym.var('a'), op_type=''))
show('sym int', lambda: mx.sym.Custom(mx.sym.var('a'), op_type=3))
