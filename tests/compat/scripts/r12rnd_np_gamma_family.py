"""np.random.gamma checks its parameters' types in its kernel (half beside float named in C types, integers refused), keeps d*v*scale in a half parameter's type, exponential multiplies a half scale in float, and beta's context follows its gamma of a number."""
import mxnet as mx

mx.npx.set_np()
A = mx.np.array


def show(label, call):
    try:
        r = call()
        print(label, r.dtype, r.shape, r.ctx, r.asnumpy().ravel().tolist()[:4])
    except Exception as e:
        text = [l for l in str(e).splitlines() if l.strip() and not l.startswith(' ')][-1]
        print(label, type(e).__name__, text.replace('MXNetError: ', '').split('Check failed: ')[-1])


calls = [
    ('gamma mixed', lambda: mx.np.random.gamma(A([0.5, 1.5], dtype='float32'), A([2.0, 2.5], dtype='float16'), size=(2, 1))),
    ('gamma int empty', lambda: mx.np.random.gamma(A([2, 3], dtype='int32'), 1.0, size=0, dtype='float16')),
    ('gamma int', lambda: mx.np.random.gamma(A([2, 3], dtype='int32'), 1.0)),
    ('gamma half', lambda: mx.np.random.gamma(A(3.0, dtype='float16'), 1)),
    ('chisquare half', lambda: mx.np.random.chisquare(df=A(0.5, dtype='float16'))),
    ('exponential half', lambda: mx.np.random.exponential(A([2.5, 2.75, 3.0], dtype='float16'), size=(2, 3))),
    ('beta ctx', lambda: mx.np.random.beta(1.0, A(1.0, dtype='float16'), size=(3,), ctx=mx.cpu(1))),
    ('beta ctx a', lambda: mx.np.random.beta(A([1.0, 2.0]), 1.0, size=2, ctx=mx.cpu(1))),
    ('beta ctx text', lambda: mx.np.random.beta(1.0, 2.0, size=1, ctx='cpu(2)')),
]
for i, (label, call) in enumerate(calls):
    mx.random.seed(i)
    show(label, call)
