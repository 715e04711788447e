"""LAMB's update phases (plain and mixed precision) refuse a gradient, master copy, r1 or r2 of the wrong shape at their own checks' source lines."""
import mxnet as mx

nd = mx.nd


def O(s=(2,), dt='float32'):
    return nd.ones(s, dtype=dt)


CASES = [
    ('mp2 g ndim', lambda: nd.mp_lamb_update_phase2(O(dt='float16'), O((2, 1)), O((1,)), O((1,)), O(), lr=0.1)),
    ('mp2 g size', lambda: nd.mp_lamb_update_phase2(O(dt='float16'), O((3,)), O((1,)), O((1,)), O(), lr=0.1)),
    ('mp2 w32 ndim', lambda: nd.mp_lamb_update_phase2(O(dt='float16'), O(), O((1,)), O((1,)), O((2, 1)), lr=0.1)),
    ('mp2 w32 size', lambda: nd.mp_lamb_update_phase2(O(dt='float16'), O(), O((1,)), O((1,)), O((3,)), lr=0.1)),
    ('mp2 r1', lambda: nd.mp_lamb_update_phase2(O(dt='float16'), O(), O((2,)), O((1,)), O(), lr=0.1)),
    ('mp2 r2', lambda: nd.mp_lamb_update_phase2(O(dt='float16'), O(), O((1,)), O((3,)), O(), lr=0.1)),
    ('mp2 r1 2d', lambda: nd.mp_lamb_update_phase2(O(dt='float16'), O(), O((1, 4)), O((1,)), O(), lr=0.1)),
    ('2 g ndim', lambda: nd.lamb_update_phase2(O(), O((2, 1)), O((1,)), O((1,)), lr=0.1)),
    ('2 g size', lambda: nd.lamb_update_phase2(O(), O((3,)), O((1,)), O((1,)), lr=0.1)),
    ('2 r1', lambda: nd.lamb_update_phase2(O(), O(), O((2,)), O((1,)), lr=0.1)),
    ('2 r2', lambda: nd.lamb_update_phase2(O(), O(), O((1,)), O((3,)), lr=0.1)),
    ('2 r2 2d', lambda: nd.lamb_update_phase2(O(), O(), O((1,)), O((1, 5)), lr=0.1)),
    ('1 g ndim', lambda: nd.lamb_update_phase1(O(), O((2, 1)), O(), O(), t=1, wd=0.)),
    ('1 mean', lambda: nd.lamb_update_phase1(O(), O(), O((3,)), O(), t=1, wd=0.)),
    ('mp1 g ndim', lambda: nd.mp_lamb_update_phase1(O(dt='float16'), O((2, 1), 'float16'), O(), O(), O(), t=1, wd=0.)),
    ('mp1 w32', lambda: nd.mp_lamb_update_phase1(O(dt='float16'), O(dt='float16'), O(), O(), O((3,)), t=1, wd=0.)),
]
for label, f in CASES:
    try:
        print(label, f().asnumpy().tolist())
    except Exception as e:
        print(label, 'ERR', type(e).__name__, str(e).replace('\n', ' | '))
