import mxnet as mx


def show(label, f):
    try:
        r = f()
        print(label, r.dtype.__name__, r.shape)
    except Exception as e:
        print(label, type(e).__name__)


# MXNet's operator front ends read a given dtype with numpy: None is float64; Python-level defaults stay float32
show('nd.arange', lambda: mx.nd.arange(3, dtype=None))
show('nd.linspace', lambda: mx.nd.linspace(0, 1, 3, dtype=None))
show('nd.zeros', lambda: mx.nd.zeros(2, dtype=None))
show('nd.eye', lambda: mx.nd.eye(2, dtype=None))
show('nd._zeros op', lambda: mx.nd._internal._zeros(shape=(2,), dtype=None))
show('nd.Cast', lambda: mx.nd.Cast(mx.nd.ones(2), dtype=None))
show('sym.arange', lambda: mx.sym.arange(3, dtype=None).eval()[0])
show('sym.zeros', lambda: mx.sym.zeros((2,), dtype=None).eval()[0])
show('sym.Cast', lambda: mx.sym.Cast(mx.sym.var('a'), dtype=None).eval(a=mx.nd.ones(1))[0])
show('sym.random_uniform', lambda: mx.sym.random_uniform(shape=(2,), dtype=None).eval()[0])
show('sym._zeros', lambda: mx.sym._internal._zeros(shape=(2,), dtype=None).eval()[0])
show('sym.var', lambda: mx.sym.var('a', dtype=None).eval(a=mx.nd.ones(1))[0])
# *_like samplers on integer data: the dtype is kept, the kernel's error comes on reading
mx.random.seed(3)
y = mx.nd.random.uniform_like(mx.nd.zeros(2, dtype='int32'))
print('uniform_like int', y.dtype.__name__, y.shape)
show('read', lambda: y.asnumpy())
mx.random.seed(5)
print(mx.nd.random.uniform(shape=2).asnumpy().tobytes().hex())
