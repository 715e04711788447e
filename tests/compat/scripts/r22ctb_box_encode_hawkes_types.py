"""Symbol type inference of box_encode (one dtype for its six inputs and two outputs, from any of them) and of
hawkesll (int32 marks; every other input and both outputs take lda's dtype, and are unknown without it; a
mismatch fails in MXNet's words, the other inputs checked before the marks), also when an NDArray call checks."""
# recorded on AVX2
import re
import warnings

import mxnet as mx


def words(e):
    """Every line of the message but the C++ trace's, without the time and C++ source place."""
    lines = [line for line in str(e).splitlines() if line.strip() and not line.startswith(('Traceback', '  File'))]
    text = ' | '.join(lines).replace('MXNetError: ', '')
    return type(e).__name__ + ': ' + re.sub(r'\[\d\d:\d\d:\d\d\] \S+:\d+: ', '', text)


def show(label, fn):
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            print(label, [[None if t is None else t.__name__ for t in part] if part is not None else None
                          for part in fn()])
        except Exception as e:      # (a refusal's words)
            print(label, words(e))


v = mx.sym.var
encode = mx.sym.contrib.box_encode(*[v(n) for n in 'abcdef'], name='enc')
for kw in [dict(a='float16'), dict(b='float64'), dict(c='float16'), dict(f='float64'), dict(a='int32'),
           dict(a='float16', f='float64'), dict(c='int32', a='float64'), dict(e='float16', b='float16')]:
    show('box_encode infer_type %s' % kw, lambda: encode.infer_type(**kw))
    show('box_encode infer_type_partial %s' % kw, lambda: encode.infer_type_partial(**kw))

hawkes = mx.sym.contrib.hawkesll(*[v(n) for n in 'abcdefgh'], name='h')
for kw in [dict(), dict(a='float64'), dict(b='float64'), dict(h='float16'), dict(f='float64'), dict(f='int32'),
           dict(a='float64', b='float16'), dict(a='float64', f='float32'), dict(a='int32'),
           dict(a='float16', h='float32'), dict(a='float16', b='float16', c='float64', h='int32')]:
    show('hawkesll infer_type %s' % kw, lambda: hawkes.infer_type(**kw))
    show('hawkesll infer_type_partial %s' % kw, lambda: hawkes.infer_type_partial(**kw))
shapes = dict(a=(2, 3), b=(3,), c=(3,), d=(2, 3), e=(2, 4), f=(2, 4), g=(2,), h=(2,))
print('hawkesll infer_shape', hawkes.infer_shape(**shapes))
for types in [None, dict(f='int32'), dict(a='float32', f='int32'), dict(a='float64', f='int32')]:
    try:
        exe = hawkes.simple_bind(mx.cpu(), type_dict=types, **shapes)
        print('hawkesll simple_bind', types, [o.dtype.__name__ for o in exe.outputs])
    except Exception as e:      # (a refusal's words)
        print('hawkesll simple_bind', types, words(e))

names = ['lda', 'alpha', 'beta', 'state', 'lags', 'marks', 'valid_length', 'max_time']
for dtypes in [dict(alpha='float64', marks='float32'), dict(max_time='float16', marks='int64'), dict(marks='int64'),
               dict(lags='float64', beta='float16'), dict(lda='float64')]:
    args = [mx.nd.ones(shape, dtype=dtypes.get(n, 'int32' if n == 'marks' else 'float32'))
            for n, shape in zip(names, shapes.values())]
    try:
        print('nd.contrib.hawkesll', dtypes, mx.nd.contrib.hawkesll(*args)[0].asnumpy().tolist())
    except Exception as e:      # (a refusal's words)
        print('nd.contrib.hawkesll', dtypes, words(e))
