"""mx.attribute and mx.name have no module-level current(): the active scope is read through AttrScope.current and NameManager.current, as MXNet's modules have it."""
import mxnet as mx

for module, cls in ((mx.attribute, mx.attribute.AttrScope), (mx.name, mx.name.NameManager)):
    try:
        module.current()
    except AttributeError as e:
        print("AttributeError", e)
    print(hasattr(module, "current"), "current" in dir(module), type(cls.current).__name__)
with mx.AttrScope(group="a"):
    print(mx.attribute.AttrScope.current._attr, mx.sym.var("v").list_attr())
with mx.name.Prefix("p_"):
    print(mx.name.NameManager.current.get(None, "fc"), mx.sym.FullyConnected(num_hidden=2).name)
print(mx.name.NameManager.current.get(None, "fc"))
