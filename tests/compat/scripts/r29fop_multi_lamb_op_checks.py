"""The multi-tensor LAMB operators (_multi_lamb_update, _multi_mp_lamb_update) refuse inputs as MXNet does: the input count, shapes within each tensor, then types (one type for all, or mixed precision per tensor)."""
# recorded on AVX2
import mxnet as mx
def words(e):
    lines = [l for l in str(e).splitlines() if l.strip()]
    return type(e).__name__ + ': ' + ((lines[-1] if type(e).__name__ == 'MXNetError' else lines[0]) if lines else '')
def a(shape=(2, 3), dt='float32'):
    return mx.nd.ones(shape, dtype=dt)
def run(label, mp, groups, n=None):
    try:
        ws = [g[0] for g in groups]
        flat = [x for g in groups for x in g]
        attrs = dict(num_tensors=n or len(groups), step_count=[1]*len(groups), learning_rates=[0.1]*len(groups), wds=[0.0]*len(groups))
        op = mx.nd._internal._multi_mp_lamb_update if mp else mx.nd._internal._multi_lamb_update
        op(*flat, out=ws, **attrs)
        print(label, 'ok', ws[0].asnumpy().ravel()[0])
    except Exception as e:
        print(label, words(e))
for mp in (False, True):
    k = 5 if mp else 4
    sdt = 'float32'
    wdt = 'float16' if mp else 'float32'
    def grp(**over):
        g = [a(dt=wdt), a(dt=wdt)] + [a(dt=sdt) for _ in range(k - 2)]
        for i, v in over.items():
            g[int(i[1:])] = v
        return g
    run((mp, 'good'), mp, [grp(), grp()])
    for i in range(1, k):
        run((mp, 'shape g0', i), mp, [grp(**{'i%d' % i: a((3,), sdt if i >= 2 else wdt)}), grp()])
        run((mp, 'shape g1', i), mp, [grp(), grp(**{'i%d' % i: a((3,), sdt if i >= 2 else wdt)})])
        run((mp, 'dtype g0', i), mp, [grp(**{'i%d' % i: a(dt='float64')}), grp()])
        run((mp, 'dtype g1', i), mp, [grp(), grp(**{'i%d' % i: a(dt='float64')})])
    run((mp, 'weight shape g1'), mp, [grp(), grp(i0=a((3,), wdt))])
    run((mp, 'weight dtype g1'), mp, [grp(), grp(i0=a(dt='float64'))])
    run((mp, 'count'), mp, [grp(), grp()[:-1]])
    run((mp, 'count n'), mp, [grp(), grp()], n=3)
    run((mp, 'f16 all'), mp, [[a(dt='float16') for _ in range(k)], [a(dt='float16') for _ in range(k)]])
    run((mp, 'f64 all'), mp, [[a(dt='float64') for _ in range(k)], [a(dt='float64') for _ in range(k)]])
