"""as_in_context/as_in_ctx of legacy and mx.np arrays given contexts, non-contexts and arrays (the array itself: a self-copy) compare the context first, as MXNet does."""
import warnings
import mxnet as mx
warnings.simplefilter('ignore')


def show(tag, f):
    try:
        r = f()
        print(tag, type(r).__name__, r if not hasattr(r, 'shape') else (r.shape, r.context))
    except Exception as e:
        lines = [line for line in str(e).split('\n') if line.strip()]
        print(tag, 'EXC', type(e).__name__, (lines[-1] if lines else '')[:200])


# (left out: the legacy copy into an mx.np array and mx.np's as_in_ctx into a legacy one, which MXNet refuses)
for np_mode in [False, True]:
    if np_mode:
        mx.npx.set_np()
    a = mx.np.ones(2)
    n = mx.nd.ones(2)
    for tag, target in [('self', None), ('np other', mx.np.zeros(2)), ('nd', mx.nd.zeros(2)), ('cpu', mx.cpu()),
                        ('cpu1', mx.cpu(1)), ('int', 1), ('str', 'cpu'), ('zero', 0)]:
        for src_tag, src in [('np', a), ('nd', n)]:
            t = src if target is None else target
            for m in ['as_in_context', 'as_in_ctx']:
                if (m == 'as_in_context' and tag in ('self', 'np other') and src_tag == 'np') or \
                        (src_tag, m, tag) in [('nd', 'as_in_context', 'np other'), ('np', 'as_in_ctx', 'nd')]:
                    continue
                show('%s %s.%s(%s)' % (np_mode, src_tag, m, tag), lambda: getattr(src, m)(t))
