"""MXNet's subgraph backend partitions a graph bound on cpu(0) only: bind, simple_bind and Module on other contexts
log no 'Subgraph backend MKLDNN is activated' note and keep the graph unfused (debug_str names the unfused nodes)."""
# recorded on AVX2
import os
import re
import sys
import tempfile
import mxnet as mx
from mxnet import nd


def notes(fn):
    """fn's result and the lines MXNet's C++ side logged on stderr meanwhile, clock times dropped."""
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile() as log:
        os.dup2(log.fileno(), 2)
        try:
            out = fn()
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
        log.seek(0)
        return out, [re.sub(r'^\[\d\d:\d\d:\d\d\] ', '', x) for x in log.read().decode().splitlines()]


x = mx.sym.var('data')
net = mx.sym.Activation(mx.sym.FullyConnected(x, num_hidden=2, name='fc'), act_type='relu', name='r')
CTXS = [mx.cpu(0), mx.cpu(1), mx.cpu(2), mx.cpu_pinned(0), mx.Context('cpu_shared', 0)]
def zeros_of(arrays):
    return {k: v.zeros_like() for k, v in arrays.items()}


for ctx in CTXS:
    args = {'data': nd.ones((1, 3), ctx=ctx), 'fc_weight': nd.ones((2, 3), ctx=ctx), 'fc_bias': nd.ones((2,), ctx=ctx)}
    for how, bind in (('bind', lambda: net.bind(ctx, args)),
                      ('simple_bind', lambda: net.simple_bind(ctx, data=(1, 3), grad_req='null')),
                      ('bind grads', lambda: net.bind(ctx, args, args_grad=zeros_of(args)))):
        try:
            ex, lines = notes(bind)
        except mx.base.MXNetError as e:     # (its C++ source line too: where MXNet's check stands)
            print(ctx, how, [line for line in str(e).splitlines() if 'line' in line or 'Check' in line])
            continue
        print(ctx, how, lines)
        print('   ', [line for line in ex.debug_str().splitlines() if 'output[0]' in line or line.startswith('Op:')])
        if how == 'bind':
            print('   ', ex.forward()[0].asnumpy().tolist(), ex.outputs[0].context)
for ctxs in ([mx.cpu(1)], [mx.cpu(0), mx.cpu(1)], [mx.cpu(2), mx.cpu(0)], [mx.cpu(3), mx.cpu(4)]):
    mod = mx.mod.Module(mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=2), label_names=None, context=ctxs)
    _, lines = notes(lambda: mod.bind([('data', (4, 3))], for_training=False))
    print('module', ctxs, lines)
with mx.AttrScope(ctx_group='a'):
    grouped = mx.sym.var('x') * 2
for ctx, other in ((mx.cpu(0), mx.cpu(1)), (mx.cpu(1), mx.cpu(0))):
    _, lines = notes(lambda: grouped.bind(ctx, {'x': nd.ones((1,), ctx=ctx)}, group2ctx={'a': other}))
    print('group2ctx', ctx, other, lines)
for ctx, where in ((mx.cpu(1), mx.cpu(0)), (mx.cpu(0), mx.cpu(2))):
    for what in ('args', 'args_grad'):
        arrays = {'data': nd.ones((1, 3), ctx=ctx), 'fc_weight': nd.ones((2, 3), ctx=where), 'fc_bias': nd.ones((2,))}
        grads = {k: nd.zeros(v.shape, ctx=where if what == 'args_grad' else ctx) for k, v in arrays.items()}
        if what == 'args_grad':
            arrays = {k: v.as_in_context(ctx) for k, v in arrays.items()}
        try:
            net.bind(ctx, arrays, args_grad=grads)
            print('mismatch', ctx, where, what, 'bound')
        except mx.base.MXNetError as e:
            print('mismatch', ctx, where, what, [x for x in str(e).splitlines() if 'line' in x or 'Check' in x])
# the fused kernels of cpu(0) round differently from the plain ones every other context runs
conv = mx.sym.Convolution(mx.sym.var('data'), kernel=(3, 3), num_filter=4, name='c')
conv = mx.sym.FullyConnected(mx.sym.Activation(mx.sym.BatchNorm(conv, name='bn', fix_gamma=False), act_type='relu'),
                             num_hidden=3, name='fc')
arg_shapes, _, aux_shapes = conv.infer_shape(data=(2, 3, 6, 6))
for ctx in (mx.cpu(0), mx.cpu(1), mx.cpu(2), mx.cpu_pinned(0)):
    mx.random.seed(3)
    args = {n: nd.random.uniform(-1, 1, shape=s, ctx=ctx) for n, s in zip(conv.list_arguments(), arg_shapes)}
    aux = {n: nd.random.uniform(0.5, 1, shape=s, ctx=ctx) for n, s in zip(conv.list_auxiliary_states(), aux_shapes)}
    out = conv.bind(ctx, args, aux_states=aux).forward(is_train=False)[0]
    print('fused?', ctx, out.asnumpy().tobytes().hex()[:96], out.context)
