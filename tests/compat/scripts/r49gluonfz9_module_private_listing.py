"""dir() of Gluon's modules lists MXNet's names, private ones included, and none of the helpers a reimplementation keeps beside them (loss, rnn, nn, contrib, estimator, model_zoo modules), as MXNet does."""
import importlib

for name in ['loss', 'rnn.rnn_cell', 'rnn.rnn_layer', 'nn.basic_layers', 'nn.activations', 'contrib.nn.basic_layers',
             'contrib.cnn.conv_layers', 'contrib.estimator.event_handler', 'contrib.estimator.estimator', 'model_zoo.vision',
             'model_zoo.vision.resnet', 'model_zoo.vision.vgg', 'model_zoo.vision.alexnet', 'model_zoo.model_store']:
    module = importlib.import_module('mxnet.gluon.' + name)
    names = [n for n in dir(module) if not n.startswith('__')]
    print(name, [n for n in names if n.startswith('_')], len(names))
