"""mx.viz.print_summary lines for unusual nets (groups, concat, RNN, embedding, bare variables, long names) and its refusals."""
import mxnet as mx

d = mx.sym.var("data")
a = mx.sym.FullyConnected(d, num_hidden=2, name="a")
b = mx.sym.FullyConnected(d, num_hidden=3, name="b")
nets = [
    ("group", mx.sym.Group([a, b]), (2, 5)),
    ("concat", mx.sym.concat(a, b, name="cat"), (2, 5)),
    ("emb", mx.sym.Embedding(d, input_dim=10, output_dim=4, name="emb"), (2, 3)),
    ("var", d, (2, 3)),
    ("plus", d + d, (2, 3)),
    ("rnn", mx.sym.RNN(d, mx.sym.var("p"), mx.sym.var("s"), state_size=4, num_layers=1, mode="rnn_tanh",
                       name="rnn"), (3, 2, 5)),
    ("prelu", mx.sym.LeakyReLU(d, act_type="prelu", name="pr"), (2, 3, 4)),
    ("deconv", mx.sym.Deconvolution(d, kernel=(2, 2), num_filter=3, name="dc"), (1, 1, 3, 3)),
    ("long", mx.sym.FullyConnected(d, num_hidden=3, name="a_really_long_layer_name_that_overflows_the_column"),
     (2, 5)),
]
for title, net, shape in nets:
    print("==", title)
    mx.viz.print_summary(net, shape={"data": shape})
    mx.viz.print_summary(net, line_length=60, positions=[.3, .6, .8, 1.])
for bad in (lambda: mx.viz.print_summary(5), lambda: mx.viz.plot_network(5)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
