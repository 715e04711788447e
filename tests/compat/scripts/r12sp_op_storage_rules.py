"""Which storage MXNet's kernels give sparse clip, norm, slice, concat, x[:] = v and csr[key], and what they refuse."""
import re
import warnings

import mxnet as mx
import numpy as np

nd, sp = mx.nd, mx.nd.sparse
D = np.array([[0, 1.5, 0, 0], [2, 0, -3, 0], [0, 0, 0, 0], [0, -0.5, 4, 0.25]])
warnings.simplefilter('ignore')


def check(text):
    """A failure's first line without the 'Check failed: <condition> :' prefix, an op name or a trace."""
    lines = [l for l in text.split('\n') if l.strip() and not l.startswith((' ', 'Traceback'))] or ['']
    line = re.sub(r'^(MXNetError: )?([A-Za-z_]+: (?=[A-Z]))?', '', lines[0])
    cond = re.match(r'^(Check failed: [^:]*?)(?=( \(\S+ vs\. \S+\))? ?: |$)', line)
    return cond.group(1) if cond else line.split(',')[0]


def show(label, make):
    try:
        r = make()
        print(label, type(r).__name__, r.stype, np.dtype(r.dtype).name, r.shape, r.asnumpy().tolist())
    except Exception as e:
        print(label, type(e).__name__, check(str(e)))


def sources():
    return {'csr': nd.array(D).tostype('csr'), 'rsp': nd.array(D).tostype('row_sparse'),
            'csr64': nd.array(D, dtype='float64').tostype('csr'), 'csr_int': nd.array(D, dtype='int32').tostype('csr'),
            'csr_u8': nd.array(np.abs(D), dtype='uint8').tostype('csr'), 'rsp16': nd.array(D, dtype='float16').tostype('row_sparse')}


# clip keeps the storage only for a range holding 0; None is no number for its parser
for name, x in sources().items():
    for lo, hi in [(-1, 1), (2, 3), (-2, -1), (0.5, 0.5), (None, 1), (1, None)]:
        show(f'clip {name} {lo} {hi}', lambda: nd.clip(x, lo, hi))
    show(f'sparse.clip {name} a_max only', lambda: sp.clip(x, a_max=1))
    show(f'{name}.clip(2, 3)', lambda: x.clip(2, 3))
# norm: the csr kernel for axis 0 or 1 as given, the dense kernel for a negative axis or keepdims
for name, x in sources().items():
    for axis in [None, (), 0, 1, -1, -2, (0,), (1,), (0, 1), 2]:
        for keepdims in (False, True):
            show(f'norm {name} axis={axis} keepdims={keepdims}', lambda: nd.norm(x, axis=axis, keepdims=keepdims))
# slice: the csr kernel takes no step or a single step of 1
c = sources()['csr']
for begin, end, step in [((0,), (2,), None), ((0,), (2,), (1,)), ((0, 0), (2, 2), (1, 1)), ((0, 1), (3, 4), (None,)),
                         ((0, 0, 0), (1, 1, 1), None), ((1,), (3,), (2,))]:
    kw = {} if step is None else {'step': step}
    show(f'slice {begin} {end} {step}', lambda: nd.slice(c, begin=begin, end=end, **kw))
    show(f'sparse.slice {begin} {end} {step}', lambda: sp.slice(c, begin=begin, end=end, **kw))
# concat of csr rows needs one width
for other in ["nd.array(D).tostype('csr')", "sp.zeros('csr', (4, 2))",
              "sp.zeros('csr', (2, 4))"]:
    for dim in (0, 1):
        show(f'concat csr {other} dim={dim}', lambda: nd.concat(c, eval(other), dim=dim))
# x[:] = value copies value into x (its checks: storage type, shape, dtype when read); numpy values become float32
for name, x in sources().items():
    for value in ["2", "np.ones((4, 4))", "np.ones((1, 4))", "nd.ones((4, 4))", "nd.ones((4, 4), dtype='int32')",
                  "nd.array(D).tostype('csr')", "nd.array(D).tostype('row_sparse')", "nd.ones((4,))"]:
        def assign():
            y = x.copy()
            y[:] = eval(value)
            return y
        show(f'{name}[:] = {value}', assign)
# csr keys
for key in ['1', 'slice(1, 3)', 'slice(0, 4, 1)', '(0, 1)', 'nd.array([1])', '1.0']:
    show(f'csr[{key}]', lambda: c[eval(key)])
