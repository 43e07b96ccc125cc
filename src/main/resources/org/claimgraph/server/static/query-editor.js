// The query editor: YASGUI on this server's /sparql endpoint, results in a table, and the example
// queries of the page loaded into the editor and run on a click.
(function () {
  var root = document.getElementById('yasgui');
  if (!root || typeof Yasgui === 'undefined') { return; }
  var endpoint = window.location.origin + '/sparql';
  var yasgui = new Yasgui(root, {
    requestConfig: { endpoint: endpoint, method: 'POST' },
    copyEndpointOnNewTab: false,
    persistenceId: null,
    populateFromUrl: true,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    yasr: { defaultPlugin: 'table' }
  });
  window.claimgraphYasgui = yasgui;
  var buttons = document.querySelectorAll('button.example');
  Array.prototype.forEach.call(buttons, function (button) {
    button.addEventListener('click', function () {
      var source = document.getElementById(button.getAttribute('data-example'));
      var tab = yasgui.getTab();
      var yasqe = tab.getYasqe();
      yasqe.setValue(source.textContent);
      yasqe.query();
    });
  });
})();
