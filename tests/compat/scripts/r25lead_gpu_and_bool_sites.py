# A GPU asked of a CPU-only build (allocation, operator, sampler, copy) and legacy binary operators given two bool
# arrays: MXNet's checks at their source lines.
# recorded on AVX2
import re
import mxnet as mx
def show(label, f):
    try:
        r = f()
        if hasattr(r, 'wait_to_read'):
            r.wait_to_read()
        print(label, 'ok')
    except Exception as e:
        print(label, type(e).__name__, re.sub(r"\[\d\d:\d\d:\d\d\]", "[T]", repr(str(e)))[:300])
show('np ones gpu', lambda: mx.np.ones((2,), ctx=mx.gpu(0)))
show('np array gpu', lambda: mx.np.array(2.5, ctx=mx.gpu(0)))
show('np uniform gpu', lambda: mx.np.random.uniform(size=(2,), ctx=mx.gpu(0)))
show('nd ones gpu', lambda: mx.nd.ones((2,), ctx=mx.gpu(0)))
show('nd array gpu', lambda: mx.nd.array([1, 2], ctx=mx.gpu(0)))
show('nd uniform gpu', lambda: mx.nd.random.uniform(shape=(2,), ctx=mx.gpu(0)))
show('copyto gpu', lambda: mx.nd.ones(2).copyto(mx.gpu(0)))
show('bool max', lambda: max(mx.nd.array([1, 0], dtype='bool')))
b = mx.nd.array([1, 0], dtype='bool')
names = sorted(n for n in dir(mx.nd) if n.startswith(('broadcast_', 'elemwise_')) and n not in ('broadcast_to', 'broadcast_axis', 'broadcast_axes', 'broadcast_like'))
for n in names:
    try:
        r = getattr(mx.nd, n)(b, b)
        r.wait_to_read()
        print(n, 'ok')
    except Exception as e:
        m = re.search(r'File "([^"]+)", line (\d+)\n[^\n]*: (Operator \S+)', str(e))
        print(n, m.group(1), m.group(2), m.group(3)) if m else print(n, 'ERR', str(e)[:100].replace('\n', '|'))
