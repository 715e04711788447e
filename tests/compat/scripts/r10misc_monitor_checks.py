"""Monitor statistics that are no NDArray fail MXNet's bare assertion; its callback is an attribute of the monitor."""
import mxnet as mx

executor = mx.sym.relu(mx.sym.var("x"), name="r").simple_bind(mx.cpu(), x=(2,))
executor.arg_dict["x"][:] = mx.nd.array([-1.0, 2.0])
for label, stat_func in [("ndarray", lambda x: x.sum()), ("list", lambda x: [x.sum(), x.max()]),
                         ("numpy", lambda x: x.asnumpy().sum()), ("tuple", lambda x: (x.sum(),)),
                         ("list of numbers", lambda x: [1.0])]:
    monitor = mx.mon.Monitor(1, stat_func=stat_func, pattern="r.*")
    monitor.install(executor)
    monitor.tic()
    executor.forward()
    try:
        print(label, monitor.toc())
    except AssertionError as e:
        print(label, "AssertionError", repr(str(e)))
print(sorted(vars(mx.mon.Monitor(1))))
