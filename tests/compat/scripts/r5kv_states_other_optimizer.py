# Optimizer states of one configuration loaded into an updater whose optimizer expects other states (as
# kv.load_optimizer_states does with a file saved without its optimizer): what MXNet's update makes of them.
import warnings
import mxnet as mx

warnings.simplefilter('ignore')


def run(first, second, stype='default'):
    upd1 = mx.optimizer.get_updater(first)
    w = mx.nd.ones((3, 2))
    g = mx.nd.ones((3, 2)) * 0.5
    if stype != 'default':
        w, g = w.tostype(stype), g.tostype(stype)
    try:
        upd1(0, g, w)
    except Exception as e:
        print(type(first).__name__, 'first update', type(e).__name__)
        return
    upd2 = mx.optimizer.get_updater(second)
    upd2.set_states(upd1.get_states())
    try:
        upd2(0, g, w)
        print(type(first).__name__, type(second).__name__, stype, w.asnumpy().ravel().tolist()[:2], second.num_update)
    except Exception as e:
        print(type(first).__name__, type(second).__name__, stype, type(e).__name__, second.num_update)


for st in ['default', 'row_sparse']:
    run(mx.optimizer.SGD(momentum=0), mx.optimizer.SGD(momentum=0.9), st)
    run(mx.optimizer.SGD(momentum=0.9), mx.optimizer.SGD(momentum=0), st)
    run(mx.optimizer.Adam(), mx.optimizer.SGD(momentum=0), st)
    run(mx.optimizer.Adam(), mx.optimizer.SGD(momentum=0.9), st)
    run(mx.optimizer.NAG(momentum=0), mx.optimizer.NAG(momentum=0.9), st)
    run(mx.optimizer.NAG(momentum=0.9), mx.optimizer.NAG(momentum=0), st)
    run(mx.optimizer.Signum(momentum=0), mx.optimizer.Signum(momentum=0.9), st)
    run(mx.optimizer.Signum(momentum=0.9), mx.optimizer.Signum(momentum=0), st)
run(mx.optimizer.DCASGD(), mx.optimizer.DCASGD(momentum=0.9))
run(mx.optimizer.DCASGD(momentum=0.9), mx.optimizer.DCASGD())
run(mx.optimizer.FTML(), mx.optimizer.Adam())
run(mx.optimizer.Adam(), mx.optimizer.FTML())
