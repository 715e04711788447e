"""make_loss names its output "loss" (MakeLoss keeps "output"), as MXNet 1.9.1's list_outputs shows."""
import distnet as mx


def test_make_loss_and_makeloss_output_names():
    with mx.name.NameManager():
        x = mx.sym.Variable("x")
        assert mx.sym.make_loss(x, name="a").list_outputs() == ["a_loss"]
        assert mx.sym.MakeLoss(x, name="b").list_outputs() == ["b_output"]
        assert mx.sym.make_loss(x).list_outputs() == ["make_loss0_loss"]
        group = mx.sym.Group([mx.sym.make_loss(x * 2, name="c"), mx.sym.MakeLoss(x)])
    assert mx.sym.load_json(group.tojson()).list_outputs() == ["c_loss", "makeloss0_output"]
    ex = group.simple_bind(mx.cpu(), x=(2,))
    assert list(ex.output_dict) == ["c_loss", "makeloss0_output"]
