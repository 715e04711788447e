"""Updates of a list of weights (SGD, LARS, LAMB fused into one operator) where the second weight has a state of the wrong kind: None, tuples too short, an NDArray (unpacked or gathered row by row), states of another shape or dtype, non-arrays."""
# recorded on AVX2
import mxnet as mx
import warnings
warnings.simplefilter("ignore")
OPTS = [('sgd', {}), ('sgd', {'momentum': 0.9}), ('lars', {'momentum':0.9}), ('lars', {}), ('lamb', {})]
def words(e):
    lines = [l for l in str(e).splitlines() if l.strip()]
    return type(e).__name__ + ': ' + ((lines[-1] if type(e).__name__ == 'MXNetError' else lines[0]) if lines else '')
def ones(dt='float32', shape=(2, 3)):
    return mx.nd.ones(shape, dtype=dt)
for name, kw in OPTS:
    for mp in (False, True):
        for dt in ('float16', 'float32'):
            o = mx.optimizer.create(name, multi_precision=mp, **kw)
            good = o.create_state_multi_precision(0, ones(dt))
            cases = {'good': good, 'none': None, 'nd': ones(), 'tuple1': (ones(),), 'tuple2': (ones(), ones()), 'tuple3': (ones(), ones(), ones()),
                     'nd64': ones('float64'), 'shape': ones(shape=(3, 2)), 'int': 3, 'tuple_nd_none': (ones(), None), 'tuple_none_nd': (None, ones())}
            for label, st in cases.items():
                for meth in ('update', 'update_multi_precision'):
                    o = mx.optimizer.create(name, multi_precision=mp, **kw)
                    ws = [ones(dt), ones(dt) * 2]
                    gs = [ones(dt) * 0.5, ones(dt) * 0.25]
                    sts = [o.create_state_multi_precision(0, ws[0]), st]
                    try:
                        getattr(o, meth)([0, 1], ws, gs, sts)
                        r = [w.asnumpy().ravel()[0].item() for w in ws]
                    except Exception as e:
                        r = words(e)
                    print(name, kw, mp, dt, label, meth, r, o.num_update)
