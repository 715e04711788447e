import mxnet as mx
from mxnet import gluon, nd
print(mx.context.num_gpus(), mx.test_utils.list_gpus(), mx.cpu(), mx.gpu(), mx.gpu(1), mx.current_context())
def probe(name, f):
    try:
        r = f()
        print(name, 'ok', r)
    except Exception as e:
        print(name, type(e).__name__)
probe('nd on gpu', lambda: nd.ones((2,), ctx=mx.gpu()))
probe('copy to gpu', lambda: nd.ones((2,)).copyto(mx.gpu()))
probe('as_in_context gpu', lambda: nd.ones((2,)).as_in_context(mx.gpu(0)))
net = gluon.nn.Dense(2)
probe('init on gpu', lambda: net.initialize(ctx=mx.gpu()))
probe('forward gpu', lambda: net(nd.ones((1, 3))))
probe('with gpu ctx', lambda: (lambda: [nd.ones(1) for _ in [0]])() )
with mx.Context('gpu', 0):
    print(mx.current_context())
    probe('ones in gpu scope', lambda: nd.ones((2,)))
probe('gpu_memory_info', lambda: mx.context.gpu_memory_info(0))
probe('np on gpu', lambda: mx.np.ones((2,), ctx=mx.gpu()))
probe('split_and_load gpu', lambda: gluon.utils.split_and_load(nd.ones((4, 2)), [mx.gpu(0), mx.gpu(1)]))
probe('cpu_pinned', lambda: nd.ones((2,), ctx=mx.cpu_pinned()).context)
probe('cpu_shared', lambda: nd.ones((2,), ctx=mx.Context('cpu_shared', 0)).context)
