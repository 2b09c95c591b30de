// --
// Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
// --

"use strict";

var Core = Core || {};
Core.Core_Agent_TicketZoom = (function (TargetNS) {
    TargetNS.ExistsArticle = function ($Element) {
        return $Element.find('.Article').data('article-id');
    };
    TargetNS.ListType = function ($Element) {
        return $Element.find('.Type').data('type-id');
    };
    TargetNS.ListTicket = function ($Element) {
        return $Element.find('.Ticket').data('ticket-id');
    };
    TargetNS.DeletePriority = function ($Element) {
        return $Element.find('.Priority').data('priority-id');
    };
    TargetNS.DeleteHistory = function ($Element) {
        return $Element.find('.History').data('history-id');
    };
    TargetNS.SearchSignature = function ($Element) {
        return $Element.find('.Signature').data('signature-id');
    };
    return TargetNS;
}(Core.Core_Agent_TicketZoom || {}));
