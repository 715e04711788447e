"""mx.sym.random samplers refuse a dtype outside their enumeration when made, naming every attribute in the order MXNet's generated function sends them (ctx before dtype)."""
import mxnet as mx
def t(f):
    try: r = f(); print('ok', r.list_attr() if hasattr(r, 'list_attr') else r)
    except Exception as e: print(type(e).__name__, [l for l in str(e).splitlines() if l.strip()][-1].replace('MXNetError: ', '')[:230])
t(lambda: mx.sym.random.uniform(0, 1, shape=2, dtype='int32', ctx=mx.cpu()))
t(lambda: mx.sym.random.uniform(0, 1, shape=2, dtype='int32'))
t(lambda: mx.sym.random.normal(0, 1, shape=(2, 3), dtype='uint8'))
t(lambda: mx.sym.random.normal(mx.sym.var('a'), mx.sym.var('b'), shape=2, dtype='int64'))
t(lambda: mx.sym.random.exponential(2, dtype='bool'))
t(lambda: mx.sym.random.gamma(2, 1, shape=3, dtype='float'))
t(lambda: mx.sym.random.randint(0, 5, shape=2, dtype='float32', ctx=mx.cpu()))
t(lambda: mx.sym.random.multinomial(mx.sym.var('d'), shape=2, dtype='int64'))
t(lambda: mx.sym.random.poisson(2, shape=3, dtype='float16'))
