"""A Monitor's stat_func gets a failed kernel's output as an array carrying the error: the callback runs, and each
forward's error is raised by toc's read of the statistic, as MXNet's engine raises it."""
import mxnet as mx
import numpy as np

x = mx.sym.var('data', dtype='float16')
net = mx.sym.relu(mx.sym.FullyConnected(x, num_hidden=2, name='fc'), name='r')   # float16 FC: CuDNN only
exe = net.simple_bind(mx.cpu(), data=(2, 3), type_dict={'data': 'float16'}, grad_req='null')
exe.arg_dict['data'][:] = np.arange(6).reshape(2, 3)
exe.arg_dict['fc_weight'][:] = 0.37
seen = []


def stat(a):
    seen.append((a.shape, a.dtype.__name__))
    return a.max()


for sort in [False, True]:
    mon = mx.mon.Monitor(1, stat_func=stat, sort=sort)
    mon.install(exe)
    for attempt in range(2):
        del seen[:]
        mon.tic()
        exe.forward()
        try:
            print(sort, attempt, mon.toc())
        except mx.base.MXNetError as e:
            print(sort, attempt, 'MXNetError', str(e).splitlines()[-1])
        print('   stat_func saw', seen)
