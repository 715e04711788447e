"""profile_imperative decides whether imperative operators (a hybridized block's too) are timed; a bound
executor's operators are timed whatever the flags; every set_config starts from the defaults; an operator
whose code runs other operators is one row."""
import os
import tempfile

import mxnet as mx

import _profiler_rows       # (configures the profiler on import: before the executor below is bound)

NOT_MODELLED = _profiler_rows.ENGINE + ("CopyCPU2CPU",)    # engine rows: frees, waits, the executor's input copies
FILE = os.path.join(tempfile.mkdtemp(), "profile.json")


def rows():
    return _profiler_rows.rows(NOT_MODELLED)


# configured before the executor is bound: MXNet then runs its graph op by op (not in bulk segments)
mx.profiler.set_config(aggregate_stats=True, profile_api=False, filename=FILE)
net = mx.gluon.nn.HybridSequential()
net.add(mx.gluon.nn.Dense(3))
net.initialize()
net.hybridize()
x = mx.nd.ones((2, 4))
net(x).wait_to_read()
ex = (mx.sym.relu(mx.sym.FullyConnected(mx.sym.var("d"), num_hidden=2, name="fc")) * 2).simple_bind(mx.cpu(), d=(2, 3))
mx.nd.waitall()
for config in [dict(), dict(profile_imperative=False), dict(profile_symbolic=False),
               dict(profile_imperative=False, profile_symbolic=False), dict(profile_all=True, profile_imperative=False)]:
    mx.profiler.set_config(aggregate_stats=True, profile_api=False, filename=FILE, **config)
    for what in ("nd", "hybridized", "executor", "executor backward"):
        mx.profiler.set_state("run")
        if what == "nd":
            mx.nd.relu(x * 3)
        elif what == "hybridized":
            net(x)
        else:
            ex.forward(is_train=what.endswith("backward"), d=mx.nd.ones((2, 3)))
            if what.endswith("backward"):
                ex.backward(mx.nd.ones((2, 2)))
        mx.nd.waitall()
        mx.profiler.set_state("stop")
        print(config, what, rows())
mx.profiler.set_config(profile_imperative=False, aggregate_stats=True, filename=FILE)
mx.profiler.set_config(aggregate_stats=True, profile_api=False, filename=FILE)        # back to the defaults
mx.profiler.set_state("run")
mx.nd.relu(x).wait_to_read()
mx.profiler.set_state("stop")
print("after a second set_config", rows())
