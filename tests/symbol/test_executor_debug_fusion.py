"""An inference executor's debug_str shows the graph MXNet's MKLDNN subgraph backend fuses (MXNet 1.9.1)."""
import distnet as mx

S = mx.sym


def _text(sym, **shapes):
    return sym.simple_bind(mx.cpu(), grad_req="null", **shapes).debug_str()


def _conv_bn_sum_relu():
    with mx.name.NameManager():
        d = S.Variable("data")
        conv = S.Convolution(d, num_filter=3, kernel=(3, 3), pad=(1, 1), name="c")
        return S.Activation(S.sin(d, name="s") + S.BatchNorm(conv, name="bn"), act_type="relu", name="r")


def test_convolution_takes_batchnorm_sum_and_activation():
    text = _text(_conv_bn_sum_relu(), data=(1, 3, 8, 8))
    assert ("Op:_sg_mkldnn_conv, Name=sg_mkldnn_conv_bn_add_act_0\nInputs:\n\targ[0]=data(0) version=0\n"
            "\targ[1]=c_weight(0) version=0\n\targ[2]=c_bias(0) version=0\n\targ[3]=bn_gamma(0) version=0\n"
            "\targ[4]=bn_beta(0) version=0\n\targ[5]=bn_moving_mean(0) version=1\n"
            "\targ[6]=bn_moving_var(0) version=1\n\targ[7]=s(0)\nAttrs:\n\twith_bn=true\n"
            "\twith_postsum_act=true\n\twith_sum=true\n") in text
    # MXNet 1.9.1: the fused output overwrites the summed operand
    big = _text(_conv_bn_sum_relu(), data=(16, 3, 128, 128))
    assert big.endswith("Total 3 MB allocated\nTotal 11 TempSpace resource requested\n")


def test_fully_connected_and_dropout():
    with mx.name.NameManager():
        d = S.Variable("data")
        net = S.FullyConnected(S.Dropout(S.sin(d, name="s"), p=0.5, name="drop"), num_hidden=2, name="fc")
        text = _text(S.Activation(net, act_type="sigmoid", name="a"), data=(2, 3))
    assert "Dropout" not in text
    assert "Op:_sg_mkldnn_fully_connected, Name=sg_mkldnn_fully_connected_eltwise_0\nInputs:\n\targ[0]=s(0)\n" in text
    assert "Attrs:\n\twith_eltwise=True\n" in text


def test_no_backend_no_fusion(monkeypatch):
    monkeypatch.setenv("MXNET_SUBGRAPH_BACKEND", "NONE")
    sym = _conv_bn_sum_relu()
    assert _text(sym, data=(1, 3, 8, 8)).startswith(sym.debug_str())
