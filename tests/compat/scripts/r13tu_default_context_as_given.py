"""test_utils.set_default_context keeps what it is given: operators parse a text context, allocations refuse it."""
import mxnet as mx
from mxnet import test_utils as tu


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        lines = [l for l in str(e).split('\n') if l and not l.startswith('Traceback') and not l.startswith('  File')]
        print(label, type(e).__name__, lines[0].replace('MXNetError: ', '') if lines else '')


for given in ['cpu(1)', 'cpu', 'gpu(0)', 7, None, mx.cpu(2)]:
    tu.set_default_context(given)
    print('given', repr(given), 'default', repr(tu.default_context()), repr(mx.current_context()))
    attempt('  nd.ones', lambda: mx.nd.ones(1).context)
    attempt('  nd.zeros', lambda: mx.nd.zeros((1,)).context)
    attempt('  nd.arange', lambda: mx.nd.arange(2).context)
    attempt('  nd.random.uniform', lambda: mx.nd.random.uniform(shape=1).context)
    attempt('  nd.array', lambda: mx.nd.array([1]).context)
    attempt('  nd.empty', lambda: mx.nd.empty(2).context)
    attempt('  nd.full', lambda: mx.nd.full(2, 3).context)
    attempt('  np.ones', lambda: mx.np.ones(1).ctx)
    attempt('  np.zeros', lambda: mx.np.zeros(1).ctx)
    attempt('  np.array', lambda: mx.np.array([1]).ctx)
    tu.set_default_context(mx.cpu())
print('restored', mx.current_context(), mx.nd.ones(1).context)
