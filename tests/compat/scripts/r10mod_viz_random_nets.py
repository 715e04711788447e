"""print_summary and plot_network over seeded random networks (conv, pooling, BN, RNN, shared weights, groups)."""
import random

import mxnet as mx


def layer(rng, x, rank, i, shared):
    """One random layer on ``x`` (of ``rank``): (symbol, rank), or None when it does not apply."""
    kind = rng.choice(['conv', 'bn', 'act', 'pool', 'gpool', 'fc', 'flatten', 'concat', 'lrelu', 'emb', 'rnn'])
    name = '%s%d' % (kind, i)
    if kind == 'conv' and rank == 4:
        return mx.sym.Convolution(x, kernel=(rng.choice([1, 3]),) * 2, num_filter=rng.randint(1, 6), pad=(1, 1),
                                  no_bias=rng.random() < 0.3, name=name), 4
    if kind == 'bn':
        return mx.sym.BatchNorm(x, fix_gamma=rng.random() < 0.5, name=name), rank
    if kind == 'act':
        return mx.sym.Activation(x, act_type=rng.choice(['relu', 'tanh', 'sigmoid']), name=name), rank
    if kind == 'pool' and rank == 4:
        return mx.sym.Pooling(x, kernel=(2, 2), stride=(1, 1), pool_type=rng.choice(['max', 'avg']), name=name), 4
    if kind == 'gpool' and rank == 4:
        return mx.sym.Pooling(x, kernel=(1, 1), global_pool=True, pool_type='avg', name=name), 4
    if kind == 'fc':
        if shared is not None and rng.random() < 0.5:
            return mx.sym.FullyConnected(x, weight=shared, num_hidden=4, no_bias=True, name=name), 2
        return mx.sym.FullyConnected(x, num_hidden=rng.randint(1, 5), no_bias=rng.random() < 0.3, name=name), 2
    if kind == 'flatten':
        return mx.sym.Flatten(x, name=name), 2
    if kind == 'concat':
        return mx.sym.concat(x, x, dim=1, name=name), rank
    if kind == 'lrelu':
        return mx.sym.LeakyReLU(x, act_type='leaky', name=name), rank
    if kind == 'emb':
        emb = mx.sym.Embedding(mx.sym.var('tok%d' % i), input_dim=7, output_dim=3, name='emb%d' % i)
        return mx.sym.FullyConnected(emb, num_hidden=2, name=name), 2
    if kind == 'rnn' and rank == 4:
        seq = mx.sym.transpose(mx.sym.reshape(x, shape=(0, 0, -1)), axes=(2, 0, 1))
        return mx.sym.RNN(seq, state_size=3, num_layers=1, mode=rng.choice(['gru', 'lstm', 'rnn_relu']), name=name), 3
    return None


def network(seed):
    rng = random.Random(seed)
    shared = mx.sym.var('shared_fc_weight') if rng.random() < 0.3 else None
    made = [(mx.sym.var('data'), 4)]
    for i in range(rng.randint(2, 6)):
        step = layer(rng, *rng.choice(made[-3:]), i, shared)
        if step is not None:
            made.append(step)
    outs = [s for s, _ in made[1:]] or [made[0][0]]
    return mx.sym.Group(outs[-2:]) if len(outs) > 1 and rng.random() < 0.3 else outs[-1]


for seed in range(14):
    net = network(seed)
    inputs = net.list_arguments()
    shapes = {a: (2, 4) if a.startswith('tok') else (2, 3, 6, 6) for a in inputs if a == 'data' or a.startswith('tok')}
    print('seed', seed)
    mx.viz.print_summary(net, shape=shapes, line_length=100 if seed % 2 else 120)
    print(mx.viz.plot_network(net, shape=shapes, hide_weights=seed % 3 != 0).source)
